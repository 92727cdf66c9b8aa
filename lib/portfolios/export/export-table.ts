/**
 * A sheet of an export before it is a file: days as YYYY-MM-DD, money as decimal strings, rates and
 * IRRs as numbers. The column's type tells the CSV and the XLSX renderers how to write a cell.
 */
export type ExportColumnType = "text" | "day" | "money" | "fx" | "percent" | "multiple" | "irr";
export type ExportColumn = { header: string; type: ExportColumnType; width: number };
export type ExportCell = string | number | null;
export type ExportTable = { sheetName: string; columns: ExportColumn[]; rows: ExportCell[][] };
