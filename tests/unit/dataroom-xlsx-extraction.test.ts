import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { extractXlsxText } from "@/lib/dataroom/extraction/extract-xlsx-text";
import { readZipDirectory } from "@/lib/dataroom/extraction/read-zip-directory";

const MB = 1024 * 1024;

/** A workbook written the way Excel-sized files are: streamed, with shared strings. */
async function streamedWorkbook(fill: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => void): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  fill(workbook);
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

describe("extractXlsxText", () => {
  it("gives one page per sheet in order, named, with dates, formulas' results and shared strings", async () => {
    const bytes = await streamedWorkbook((workbook) => {
      const costs = workbook.addWorksheet("Capex");
      costs.addRow(["Item", "Cost", "Ordered"]).commit();
      costs.addRow(["Inverters", 125000, new Date(Date.UTC(2026, 2, 14))]).commit();
      costs.addRow(["Total", { formula: "B2", result: 125000 }]).commit();
      costs.commit();
      const revenue = workbook.addWorksheet("Revenue");
      revenue.addRow(["Inverters", "PPA tariff"]).commit();
      revenue.commit();
    });
    const pages = await extractXlsxText(bytes);
    expect(pages).toEqual([
      { page: 1, text: "Capex\nItem\tCost\tOrdered\nInverters\t125000\t2026-03-14\nTotal\t125000" },
      { page: 2, text: "Revenue\nInverters\tPPA tariff" },
    ]);
  });

  it("reads a workbook past the 25 MB of sheets that loading it whole could hold, a row at a time", async () => {
    const bytes = await streamedWorkbook((workbook) => {
      const sheet = workbook.addWorksheet("Model");
      for (let row = 0; row < 95_000; row += 1) sheet.addRow([`Row ${row} turbine`, row * 1.5, row % 97, `lease-${row % 5000}`, row * 3, row / 7]).commit();
      sheet.commit();
    });
    const markup = readZipDirectory(bytes, { maxEntries: 100 }).entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    expect(markup).toBeGreaterThan(26 * MB);
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const progress: number[][] = [];
    const pages = await extractXlsxText(bytes, (done, total) => {
      progress.push([done, total]);
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    });
    expect(pages).toHaveLength(1);
    const lines = pages[0]!.text.split("\n");
    expect(lines).toHaveLength(95_001);
    expect(lines[95_000]).toBe(`Row 94999 turbine\t${94999 * 1.5}\t${94999 % 97}\tlease-4999\t${94999 * 3}\t${94999 / 7}`);
    expect(progress).toEqual([[1, 1]]);
    // Loaded whole, exceljs held ~35 bytes per byte of XML (over 900 MB here).
    expect(heapPeak - heapBefore).toBeLessThan(400 * MB);
  }, 60_000);
});
