"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ImportPreviewDto } from "@/lib/portfolios/import/import-options";
import { cn } from "@/lib/utils/cn";

/** A file of 5,000 rows would be a heavy page: the table shows this many, the error list every error. */
const SHOWN_ROWS = 500;

/** Every error by row and column, then the rows as they would be written, rows with errors marked. */
export function ImportPreviewTable({ preview }: { preview: ImportPreviewDto }) {
  const [onlyErrors, setOnlyErrors] = useState(preview.errorCount > 0);
  const rows = onlyErrors ? preview.rows.filter((row) => row.errors.length > 0) : preview.rows;
  const errors = preview.rows.flatMap((row) => row.errors);
  return (
    <div className="grid gap-4">
      {errors.length ? (
        <section aria-labelledby="import-errors-heading" className="grid gap-2">
          <h3 id="import-errors-heading" className="text-sm font-semibold text-danger">
            {errors.length === 1 ? "1 error" : `${errors.length.toLocaleString("en")} errors`} in{" "}
            {preview.rows.filter((row) => row.errors.length).length.toLocaleString("en")} of {preview.rows.length.toLocaleString("en")} rows
          </h3>
          <Table aria-labelledby="import-errors-heading" scrollLabel="Import errors">
            <THead>
              <TR>
                <TH className="w-16">Row</TH>
                <TH className="w-40">Column</TH>
                <TH>Error</TH>
              </TR>
            </THead>
            <TBody>
              {errors.slice(0, SHOWN_ROWS).map((error, index) => (
                <TR key={index}>
                  <TD className="tabular-nums">{error.row}</TD>
                  <TD>{error.column}</TD>
                  <TD className="text-danger">{error.message}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
          {errors.length > SHOWN_ROWS ? <p className="text-sm text-muted-foreground">The first {SHOWN_ROWS} errors are listed.</p> : null}
        </section>
      ) : null}
      <section aria-labelledby="import-rows-heading" className="grid gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="import-rows-heading" className="text-sm font-semibold">
            Preview: {preview.rows.length.toLocaleString("en")} {preview.rows.length === 1 ? "row" : "rows"} from {preview.fileName}
          </h3>
          {preview.errorCount ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={onlyErrors} onChange={(event) => setOnlyErrors(event.target.checked)} />
              Only rows with errors
            </label>
          ) : null}
        </div>
        <Table aria-labelledby="import-rows-heading" scrollLabel="Rows to import">
          <THead>
            <TR>
              <TH className="w-16">Row</TH>
              {preview.columns.map((column) => (
                <TH key={column.key}>{column.label}</TH>
              ))}
              <TH>Check</TH>
            </TR>
          </THead>
          <TBody>
            {rows.slice(0, SHOWN_ROWS).map((row) => {
              const failed = new Set(row.errors.map((error) => error.column));
              return (
                <TR key={row.row} className={cn(row.errors.length ? "bg-danger-soft/60" : undefined)} data-error={row.errors.length ? "true" : undefined}>
                  <TD className="tabular-nums">{row.row}</TD>
                  {preview.columns.map((column) => (
                    <TD
                      key={column.key}
                      className={cn("max-w-64 truncate", failed.has(column.label) && "font-medium text-danger")}
                      title={row.values[column.key] ?? undefined}
                    >
                      {row.values[column.key] ?? <span className="text-muted-foreground">—</span>}
                    </TD>
                  ))}
                  <TD>
                    {row.errors.length ? (
                      <Badge variant="danger">{row.errors.length === 1 ? "1 error" : `${row.errors.length} errors`}</Badge>
                    ) : (
                      <Badge variant="success">OK</Badge>
                    )}
                  </TD>
                </TR>
              );
            })}
          </TBody>
        </Table>
        {rows.length > SHOWN_ROWS ? <p className="text-sm text-muted-foreground">The first {SHOWN_ROWS} rows are shown; every row is checked and imported.</p> : null}
      </section>
    </div>
  );
}
