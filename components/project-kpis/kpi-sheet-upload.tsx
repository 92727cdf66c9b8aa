"use client";

import { LoaderCircle, Upload } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { importKpiSheetAction, previewKpiSheetAction } from "@/lib/project-kpis/import/actions";

type Chosen = { fileName: string; bytes: Uint8Array<ArrayBuffer> };

/** A sheet of actuals (Project, KPI, Period, Value, Note): previewed with every problem by row, then reported all at once or not at all. */
export function KpiSheetUpload() {
  const router = useRouter();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const preview = useAction(previewKpiSheetAction);
  const commit = useAction(importKpiSheetAction, {
    onSuccess: () => {
      setChosen(null);
      preview.reset();
      router.refresh();
    },
  });
  const plan = preview.result.data;
  const errorsByRow = new Map<number, string[]>();
  for (const e of plan?.errors ?? []) errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), `${e.column}: ${e.message}`]);
  const ready = plan && plan.errors.length === 0 && plan.rows.length > 0;
  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        Columns: <strong>Project</strong> (name), <strong>KPI</strong> (e.g. DSCR or dscr), <strong>Period</strong> (2026-10, 2026-Q3 or 2026), <strong>Value</strong>,
        and an optional <strong>Note</strong>. CSV (UTF-8) or XLSX, first sheet.
      </p>
      <Input
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Sheet of actuals"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          commit.reset();
          if (!file) return setChosen(null);
          const next = { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
          setChosen(next);
          preview.execute({ fileName: next.fileName, file: next.bytes });
        }}
      />
      {preview.isPending ? <p className="text-sm text-muted-foreground">Reading the sheet…</p> : null}
      {preview.result.serverError ? <Alert variant="danger">{preview.result.serverError.message}</Alert> : null}
      {commit.result.serverError ? <Alert variant="danger">{commit.result.serverError.message}</Alert> : null}
      {commit.result.data ? <Alert variant="success">Reported {commit.result.data.reported} actuals. The investors who asked were told.</Alert> : null}
      {plan ? (
        <>
          {plan.errors.length ? (
            <Alert variant="danger">
              {plan.errors.length} problem{plan.errors.length === 1 ? "" : "s"} in the sheet: nothing will be reported until they are fixed.
            </Alert>
          ) : null}
          <Table scrollLabel="Sheet preview">
            <THead>
              <TR>
                <TH>Row</TH>
                <TH>Project</TH>
                <TH>KPI</TH>
                <TH>Period</TH>
                <TH className="text-right">Value</TH>
                <TH>Problems</TH>
              </TR>
            </THead>
            <TBody>
              {plan.rows.slice(0, 500).map((r) => (
                <TR key={r.row}>
                  <TD className="tabular-nums">{r.row}</TD>
                  <TD>{r.projectName}</TD>
                  <TD>{r.label}</TD>
                  <TD className="tabular-nums">{r.period}</TD>
                  <TD className="text-right tabular-nums">{r.value ?? "—"}</TD>
                  <TD className="text-sm text-danger">{errorsByRow.get(r.row)?.join(" ") ?? ""}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
          <div>
            <Button
              disabled={!ready || commit.isPending}
              aria-busy={commit.isPending}
              onClick={() => chosen && plan && commit.execute({ fileName: chosen.fileName, file: chosen.bytes, expectedRows: plan.rows.length })}
            >
              {commit.isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : <Upload aria-hidden />}
              Report {plan.rows.length} actual{plan.rows.length === 1 ? "" : "s"}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
