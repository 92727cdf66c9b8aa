"use client";

import { FileUp, LoaderCircle } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { IMPORT_ACCEPT, IMPORT_KIND_LABELS, IMPORT_KINDS, IMPORT_MAX_BYTES, type ImportKind } from "@/lib/portfolios/import/import-options";
import { importPortfolioRowsAction, previewPortfolioImportAction } from "@/lib/portfolios/import/actions";
import { ImportPreviewTable } from "./import-preview-table";

type Chosen = { fileName: string; bytes: Uint8Array<ArrayBuffer> };

/**
 * Choose a file: the server reads and checks it and the preview shows every row and every error.
 * Nothing is written until "Import", which sends the same bytes again to be checked and written
 * whole; it stays disabled while any row has an error.
 */
export function ImportFileForm({ portfolioId }: { portfolioId: string }) {
  const router = useRouter();
  const [kind, setKind] = useState<ImportKind | "auto">("auto");
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [clientError, setClientError] = useState<string | null>(null);
  const preview = useAction(previewPortfolioImportAction);
  const commit = useAction(importPortfolioRowsAction, {
    onSuccess: () => {
      router.push(`/portfolios/${portfolioId}`);
      router.refresh();
    },
  });
  const shown = preview.result.data ?? null;
  const previewError = clientError ?? preview.result.validationErrors?.fieldErrors?.file?.[0] ?? preview.result.serverError?.message;
  const blocked = !shown || shown.errorCount > 0 || preview.isPending || commit.isPending || !chosen;

  function check(file: Chosen | null, as: ImportKind | "auto") {
    commit.reset();
    if (file) preview.execute({ portfolioId, kind: as, fileName: file.fileName, file: file.bytes });
  }

  async function onFile(file: File | undefined) {
    preview.reset();
    commit.reset();
    setChosen(null);
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) return setClientError("The file is over 5 MB: split it into smaller files.");
    setClientError(null);
    const next = { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    setChosen(next);
    check(next, kind);
  }

  return (
    <div className="grid gap-6">
      <div className="grid max-w-3xl items-start gap-5 sm:grid-cols-2">
        <Field label="What the file holds" hint="Detected from its header row unless you choose.">
          <NativeSelect
            value={kind}
            onChange={(event) => {
              const next = event.target.value as ImportKind | "auto";
              setKind(next);
              check(chosen, next);
            }}
          >
            <option value="auto">Detect from the headers</option>
            {IMPORT_KINDS.map((value) => (
              <option key={value} value={value}>
                {IMPORT_KIND_LABELS[value]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="CSV or XLSX file" required hint="CSV (UTF-8) or XLSX, up to 5 MB and 5,000 rows." error={previewError}>
          <Input type="file" accept={IMPORT_ACCEPT} onChange={(event) => void onFile(event.target.files?.[0])} />
        </Field>
      </div>
      {preview.isPending ? (
        <p className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
          <LoaderCircle className="size-4 animate-spin" aria-hidden /> Checking every row…
        </p>
      ) : null}
      {commit.result.serverError ? <Alert variant="danger">{commit.result.serverError.message}</Alert> : null}
      {shown && !preview.isPending ? (
        <>
          {shown.notes.length || shown.ignoredColumns.length ? (
            <Alert variant="info">
              {[...shown.notes, shown.ignoredColumns.length ? `Ignored columns: ${shown.ignoredColumns.join(", ")}.` : null].filter(Boolean).join(" ")}
            </Alert>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button
              disabled={blocked}
              aria-busy={commit.isPending}
              onClick={() => chosen && commit.execute({ portfolioId, kind: shown.kind, fileName: chosen.fileName, file: chosen.bytes, expectedRows: shown.rows.length })}
            >
              {commit.isPending ? <LoaderCircle className="animate-spin" aria-hidden /> : <FileUp aria-hidden />}
              Import {shown.rows.length.toLocaleString("en")} {shown.rows.length === 1 ? "row" : "rows"}
            </Button>
            <Button asChild variant="outline">
              <Link href={`/portfolios/${portfolioId}`}>Cancel</Link>
            </Button>
            <p className="text-sm text-muted-foreground">
              {shown.errorCount
                ? "Fix the rows with errors in the file and choose it again: nothing is imported while any row has an error."
                : `${IMPORT_KIND_LABELS[shown.kind]}: every row checks. All of them are written together, or none.`}
            </p>
          </div>
          <ImportPreviewTable key={`${shown.fileName}-${shown.kind}-${shown.rows.length}-${shown.errorCount}`} preview={shown} />
        </>
      ) : null}
    </div>
  );
}
