import ExcelJS from "exceljs";
import { assertZipWithinLimits } from "./assert-zip-within-limits";
import type { PageText } from "./extract-pdf-text";
import type { OnExtractionProgress } from "./extraction-progress";

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return value.result === undefined ? "" : cellText(value.result as ExcelJS.CellValue);
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

/** One "page" per worksheet: its name, then each row's cells separated by tabs. */
export async function extractXlsxText(bytes: Uint8Array, onProgress?: OnExtractionProgress): Promise<PageText[]> {
  await assertZipWithinLimits(bytes, "xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const pages: PageText[] = [];
  for (const [index, sheet] of workbook.worksheets.entries()) {
    const lines = [sheet.name];
    sheet.eachRow((row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      lines.push(values.map((v) => cellText(v as ExcelJS.CellValue)).join("\t"));
    });
    pages.push({ page: index + 1, text: lines.join("\n").trim() });
    await onProgress?.(pages.length, workbook.worksheets.length);
  }
  return pages;
}
