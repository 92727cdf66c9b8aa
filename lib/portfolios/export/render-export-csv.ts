import { CSV_BOM, toCsvRow } from "@/lib/utils/csv";
import type { ExportTable } from "./export-table";

/**
 * The table as RFC 4180 CSV with a BOM. toCsvCell neutralises text that a spreadsheet would run as a
 * formula (a project named "=HYPERLINK(...)" gets a leading '); amounts stay exact decimal strings.
 */
export function renderExportCsv(table: ExportTable): string {
  return CSV_BOM + toCsvRow(table.columns.map((column) => column.header)) + table.rows.map((row) => toCsvRow(row)).join("");
}
