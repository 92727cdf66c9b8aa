import ExcelJS from "exceljs";
import { AppError } from "@/lib/errors/app-error";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "./import-options";
import { parseCsv } from "./parse-csv";

/** A cell as the file gave it: CSV cells are text; a workbook's may be numbers or dates. */
export type RawCell = string | number | Date | null;
/** `row` is the row number a spreadsheet shows (the header is row 1 when it comes first). */
export type ImportTable = { headers: string[]; rows: { row: number; cells: RawCell[] }[] };

const refuse = (message: string): never => {
  throw new AppError("VALIDATION", message, { fieldErrors: { file: [message] } });
};

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const isBlank = (cells: readonly RawCell[]) => cells.every((cell) => cell === null || (typeof cell === "string" && cell.trim() === ""));

/**
 * The first sheet of an XLSX workbook or a UTF-8 CSV (comma, semicolon or tab separated) as a
 * header and its rows, blank rows left out. What cannot be read at all is refused with the reason.
 */
export async function readImportTable(fileName: string, bytes: Uint8Array): Promise<ImportTable> {
  if (bytes.length === 0) refuse("The file is empty.");
  if (bytes.length > IMPORT_MAX_BYTES) refuse("The file is over 5 MB: split it into smaller files.");
  const name = fileName.toLowerCase();
  if (name.endsWith(".xls")) refuse("Old .xls workbooks are not read: save it as .xlsx or as CSV UTF-8.");
  const records = name.endsWith(".xlsx") || isZip(bytes) ? await readXlsx(bytes) : readCsv(bytes);
  const numbered = records.map((cells, index) => ({ row: index + 1, cells })).filter((record) => !isBlank(record.cells));
  if (numbered.length === 0) refuse("The file is empty.");
  const [header, ...rows] = numbered;
  if (rows.length === 0) refuse("The file has a header row but no rows to import.");
  if (rows.length > IMPORT_MAX_ROWS)
    refuse(`The file has ${rows.length.toLocaleString("en")} rows: import at most ${IMPORT_MAX_ROWS.toLocaleString("en")} at a time (split the file).`);
  return { headers: header!.cells.map((cell) => (cell === null ? "" : String(cell instanceof Date ? cell.toISOString() : cell).trim())), rows };
}

function readCsv(bytes: Uint8Array): RawCell[][] {
  let text = "";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    refuse("The file is not UTF-8 text: save it as CSV UTF-8, or as .xlsx.");
  }
  const parsed = parseCsv(text);
  if ("error" in parsed) refuse(`The CSV could not be read. ${parsed.error}`);
  return (parsed as { records: string[][] }).records;
}

async function readXlsx(bytes: Uint8Array): Promise<RawCell[][]> {
  if (!isZip(bytes)) refuse("This is not an XLSX workbook: save it as .xlsx or as CSV UTF-8.");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    refuse("The workbook could not be read: save it again as .xlsx, or as CSV UTF-8.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) refuse("The workbook has no sheet.");
  if (sheet!.actualRowCount > IMPORT_MAX_ROWS + 1)
    refuse(`The sheet has ${(sheet!.actualRowCount - 1).toLocaleString("en")} rows: import at most ${IMPORT_MAX_ROWS.toLocaleString("en")} at a time (split the file).`);
  const records: RawCell[][] = [];
  sheet!.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = toRawCell(cell.value);
    });
    records[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  return Array.from(records, (cells) => cells ?? []);
}

/** A workbook value as text, number or date: formulas by their result, rich text and links by their text. */
function toRawCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || value instanceof Date) return value;
  if (typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) return toRawCell((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : toRawCell(value.text as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  return null;
}
