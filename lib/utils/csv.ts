/** RFC 4180 CSV, safe to open in a spreadsheet. */
export type CsvValue = string | number | boolean | null | undefined;

/** Spreadsheets run a cell that starts with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // Only text can smuggle a formula: numbers (e.g. -5) stay numbers.
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsvRow(values: readonly CsvValue[]): string {
  return `${values.map(toCsvCell).join(",")}\r\n`;
}

/** Tells Excel the file is UTF-8, so names like "Ceará" survive. */
export const CSV_BOM = "\uFEFF";
