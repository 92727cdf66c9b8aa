import type { z } from "zod";
import { IMPORT_COLUMNS, type ImportKind, type ImportRowError } from "./import-options";
import type { ParsedImportRow } from "./parse-import-rows";

/**
 * A row through its zod schema; each issue becomes a row error under its column's header, unless
 * that cell already has one (a date that could not be read is not also "Enter a date.").
 */
export function parseRowWith<S extends z.ZodType>(schema: S, kind: ImportKind, parsed: ParsedImportRow): z.output<S> | null {
  const input = Object.fromEntries(IMPORT_COLUMNS[kind].map((column) => [column.key, parsed.fields[column.key] ?? ""]));
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const column = IMPORT_COLUMNS[kind].find((c) => c.key === issue.path[0])?.label ?? String(issue.path[0] ?? "");
    if (!parsed.errors.some((error) => error.column === column)) parsed.errors.push({ row: parsed.row, column, message: issue.message });
  }
  return null;
}

export const addRowError = (parsed: ParsedImportRow, column: string, message: string): void => void parsed.errors.push({ row: parsed.row, column, message });
export type { ImportRowError };
