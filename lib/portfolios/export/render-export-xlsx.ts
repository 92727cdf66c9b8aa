import ExcelJS from "exceljs";
import type { ExportCell, ExportColumnType, ExportTable } from "./export-table";

const NUMBER_FORMATS: Partial<Record<ExportColumnType, string>> = {
  day: "yyyy-mm-dd",
  money: "#,##0.00##",
  fx: "0.0000######",
  percent: "0.00##",
  multiple: '0.00"x"',
  irr: "0.00%",
};

/**
 * A workbook cell: days as dates and amounts as numbers, so the sheet sums and sorts. A spreadsheet
 * holds numbers as doubles, exact to 15 digits, which covers any amount of 4 places under 10^11.
 */
function toXlsxValue(value: ExportCell, type: ExportColumnType): string | number | Date | null {
  if (value === null || type === "text") return value;
  if (type === "day") return new Date(`${value}T00:00:00Z`);
  return typeof value === "number" ? value : Number(value);
}

export async function renderExportXlsx(table: ExportTable, now = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SCR Platform";
  workbook.created = now;
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((column, index) => ({
    header: column.header,
    key: String(index),
    width: column.width,
    style: NUMBER_FORMATS[column.type] ? { numFmt: NUMBER_FORMATS[column.type] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((value, index) => toXlsxValue(value, table.columns[index]!.type)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  // A copy into a fresh ArrayBuffer: exceljs hands back a Node Buffer, which a Response body type does not accept.
  return Uint8Array.from(new Uint8Array(await workbook.xlsx.writeBuffer()));
}
