import ExcelJS from "exceljs";
import JSZip from "jszip";

export type Sheet = { name: string; rows: (string | number)[][] };

const FIXED_DATE = new Date("2026-01-01T00:00:00Z");

/**
 * A workbook with one sheet per entry. ExcelJS stamps its zip entries with the current time, so
 * the archive is rewritten with fixed dates: same bytes, same checksum on every seed run.
 */
export async function renderXlsx(title: string, sheets: Sheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SCR Platform demo seed";
  workbook.title = title;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row) => worksheet.addRow(row));
    worksheet.getRow(1).font = { bold: true };
    worksheet.columns.forEach((column) => (column.width = 26));
  }
  const raw = await workbook.xlsx.writeBuffer();
  const source = await JSZip.loadAsync(raw as ArrayBuffer);
  const stable = new JSZip();
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name];
    if (!entry.dir) stable.file(name, await entry.async("uint8array"), { date: FIXED_DATE });
  }
  return stable.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
