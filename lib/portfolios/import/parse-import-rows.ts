import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/fx/fx-table";
import { describeImportColumns, IMPORT_COLUMNS, IMPORT_KIND_LABELS, IMPORT_KINDS, type ImportKind, type ImportRowError } from "./import-options";
import { parseImportDate } from "./parse-import-date";
import { parseNumberColumn } from "./parse-import-number";
import type { ImportTable, RawCell } from "./read-import-table";

/** A row's cells by column key, as text in canonical form (days YYYY-MM-DD, numbers "1234.5"), with what could not be read. */
export type ParsedImportRow = { row: number; fields: Record<string, string | null>; errors: ImportRowError[] };

const normalise = (header: string) =>
  header
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .trim();

function matchColumns(headers: readonly string[], kind: ImportKind) {
  const indexes = new Map<string, number>();
  headers.forEach((header, index) => {
    const spec = IMPORT_COLUMNS[kind].find((c) => normalise(c.label) === normalise(header) || c.aliases.includes(normalise(header)));
    if (spec && !indexes.has(spec.key)) indexes.set(spec.key, index);
  });
  const missing = IMPORT_COLUMNS[kind].filter((c) => c.required && !indexes.has(c.key)).map((c) => c.label);
  return { indexes, missing };
}

/** Which columns hold what: the kind asked for, or (auto) the one whose required headers are all there. */
export function mapImportColumns(headers: readonly string[], requested: ImportKind | "auto") {
  const candidates = requested === "auto" ? IMPORT_KINDS : [requested];
  const matches = candidates.map((kind) => ({ kind, ...matchColumns(headers, kind) }));
  const found = matches.find((m) => m.missing.length === 0);
  if (!found) {
    const expected = candidates.map((kind) => `a ${IMPORT_KIND_LABELS[kind].toLowerCase()} file has ${describeImportColumns(kind)}`).join("; ");
    const missing = requested === "auto" ? "" : `Missing ${matches[0]!.missing.map((label) => `"${label}"`).join(", ")}. `;
    throw new AppError("VALIDATION", `The header row does not match: ${missing}Expected columns (first row): ${expected}.`, {
      fieldErrors: { file: ["The header row does not match."] },
    });
  }
  const used = new Set(found.indexes.values());
  const ignored = headers.filter((header, index) => header !== "" && !used.has(index));
  return { kind: found.kind, indexes: found.indexes, ignored };
}

const asText = (cell: RawCell) => (cell === null ? null : cell instanceof Date ? isoDay(cell) : String(cell).trim() || null);

/** Every row's cells read by their column's type; numbers column by column, as a column keeps to one decimal convention. */
export function parseImportRows(table: ImportTable, kind: ImportKind, indexes: ReadonlyMap<string, number>) {
  const rows: ParsedImportRow[] = table.rows.map(({ row }) => ({ row, fields: {}, errors: [] }));
  const notes: string[] = [];
  for (const spec of IMPORT_COLUMNS[kind]) {
    const index = indexes.get(spec.key);
    const cellOf = (i: number) => (index === undefined ? null : (table.rows[i]!.cells[index] ?? null));
    if (spec.type === "number") {
      const cells = table.rows.map(({ row }, i) => {
        const cell = cellOf(i);
        return { row, value: cell instanceof Date ? isoDay(cell) : cell };
      });
      const { values, style } = parseNumberColumn(cells);
      if (style === "comma") notes.push(`${spec.label}: read with a comma for decimals (1.234,56 is 1234.56).`);
      rows.forEach((parsed) => {
        const result = values.get(parsed.row)!;
        if ("error" in result) parsed.errors.push({ row: parsed.row, column: spec.label, message: result.error });
        parsed.fields[spec.key] = "error" in result ? null : result.value;
      });
    } else {
      rows.forEach((parsed, i) => {
        if (spec.type === "text") return void (parsed.fields[spec.key] = asText(cellOf(i)));
        const result = parseImportDate(cellOf(i));
        if ("error" in result) parsed.errors.push({ row: parsed.row, column: spec.label, message: result.error });
        parsed.fields[spec.key] = "error" in result ? null : result.value;
      });
    }
  }
  return { rows, notes };
}
