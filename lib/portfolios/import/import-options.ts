/**
 * What the import page and the import code share (no zod: the page's client components import
 * this): the two kinds of file, their columns, the limits, and the preview's plain DTO.
 */
export const IMPORT_KINDS = ["holdings", "cash-flows"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = { holdings: "Holdings", "cash-flows": "Cash flows" };

export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type ImportColumnType = "text" | "day" | "number";
export type ImportColumnSpec = { key: string; label: string; type: ImportColumnType; required: boolean; aliases: readonly string[] };

/** Header matching ignores case, spaces and underscores; the aliases also take the export's own headers back. */
export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumnSpec[]> = {
  holdings: [
    { key: "project", label: "Project", type: "text", required: true, aliases: ["project name", "project id"] },
    { key: "investmentDate", label: "Investment date", type: "day", required: true, aliases: ["invested on"] },
    { key: "committedAmount", label: "Committed", type: "number", required: true, aliases: ["committed amount", "commitment"] },
    { key: "currency", label: "Currency", type: "text", required: true, aliases: [] },
    { key: "ownershipPct", label: "Ownership %", type: "number", required: false, aliases: ["ownership", "ownership pct", "ownership percent"] },
  ],
  "cash-flows": [
    { key: "project", label: "Project", type: "text", required: true, aliases: ["project name", "project id", "holding"] },
    { key: "flowDate", label: "Date", type: "day", required: true, aliases: ["flow date"] },
    { key: "kind", label: "Kind", type: "text", required: true, aliases: ["type", "flow kind"] },
    { key: "amount", label: "Amount", type: "number", required: true, aliases: [] },
    { key: "currency", label: "Currency", type: "text", required: false, aliases: [] },
    { key: "note", label: "Note", type: "text", required: false, aliases: ["notes", "memo"] },
  ],
};

/** "Project, Investment date, Committed, Currency and optionally Ownership %". */
export function describeImportColumns(kind: ImportKind): string {
  const required = IMPORT_COLUMNS[kind].filter((c) => c.required).map((c) => c.label);
  const optional = IMPORT_COLUMNS[kind].filter((c) => !c.required).map((c) => c.label);
  return `${required.join(", ")}${optional.length ? ` and optionally ${optional.join(", ")}` : ""}`;
}

export type ImportRowError = { row: number; column: string; message: string };
export type ImportPreviewRow = { row: number; values: Record<string, string | null>; errors: ImportRowError[] };

/** The preview: every row as it would be written, its errors, and what was left out of the file. */
export type ImportPreviewDto = {
  kind: ImportKind;
  fileName: string;
  columns: { key: string; label: string }[];
  rows: ImportPreviewRow[];
  errorCount: number;
  ignoredColumns: string[];
  /** How the file's numbers were read ("comma decimals" and the like), when it was not plain. */
  notes: string[];
};
