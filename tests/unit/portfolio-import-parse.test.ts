import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { detectCsvDelimiter, parseCsv } from "@/lib/portfolios/import/parse-csv";
import { parseImportDate } from "@/lib/portfolios/import/parse-import-date";
import { numberCellText, parseNumberColumn, readNumberText } from "@/lib/portfolios/import/parse-import-number";
import { mapImportColumns, parseImportRows } from "@/lib/portfolios/import/parse-import-rows";
import { readImportTable } from "@/lib/portfolios/import/read-import-table";

const records = (text: string) => {
  const parsed = parseCsv(text);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed.records;
};
const column = (...values: (string | number | null)[]) => {
  const { values: parsed, style } = parseNumberColumn(values.map((value, i) => ({ row: i + 2, value })));
  return { style, cells: [...parsed.values()].map((cell) => ("error" in cell ? `error: ${cell.error}` : cell.value)) };
};

describe("parseCsv (RFC 4180)", () => {
  it("reads quoted fields with embedded commas, quotes and line breaks", () => {
    expect(records('Project,Note\r\n"Kisumu, Solar","said ""hi""\r\non two lines"\r\nElgon,\r\n')).toEqual([
      ["Project", "Note"],
      ["Kisumu, Solar", 'said "hi"\r\non two lines'],
      ["Elgon", ""],
    ]);
  });

  it("drops a BOM, takes LF, CRLF and CR line ends, and keeps empty fields and a last line without a break", () => {
    expect(records("\uFEFFa,b\nc,d\r\ne,f\rg,")).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", ""],
    ]);
    expect(records('a,""')).toEqual([["a", ""]]);
    expect(records("")).toEqual([]);
  });

  it("detects semicolon and tab separated files from the header line, quotes aside", () => {
    expect(detectCsvDelimiter('Project;Amount;"a,b,c,d"\n1,2,3')).toBe(";");
    expect(detectCsvDelimiter("Project\tAmount\n")).toBe("\t");
    expect(detectCsvDelimiter("Project,Amount\n")).toBe(",");
    expect(records("Project;Amount\nKisumu;1.234,56\n")).toEqual([
      ["Project", "Amount"],
      ["Kisumu", "1.234,56"],
    ]);
  });

  it("names the line of a malformed quote", () => {
    expect(parseCsv('a,b\n"open,field\n')).toEqual({ error: "Line 2: a quoted field is never closed." });
    expect(parseCsv('a,b\nx"y,z\n')).toMatchObject({ error: expect.stringMatching(/^Line 2: a quote inside an unquoted field/) });
    expect(parseCsv('a,b\n"x"y,z\n')).toMatchObject({ error: expect.stringMatching(/^Line 2: text after a closing quote/) });
  });
});

describe("numbers", () => {
  it("reads both conventions and says when a cell reads two ways", () => {
    expect(readNumberText("1,234.56")).toEqual({ kind: "styled", style: "dot", value: "1234.56" });
    expect(readNumberText("1.234,56")).toEqual({ kind: "styled", style: "comma", value: "1234.56" });
    expect(readNumberText("12,5")).toEqual({ kind: "styled", style: "comma", value: "12.5" });
    expect(readNumberText("1 250 000,75")).toEqual({ kind: "styled", style: "comma", value: "1250000.75" });
    expect(readNumberText("1,234")).toEqual({ kind: "ambiguous", dot: "1234", comma: "1.234" });
    expect(readNumberText("-500")).toEqual({ kind: "plain", value: "-500" });
    expect(readNumberText("$500")).toEqual({ kind: "invalid" });
    expect(readNumberText("1,23,4")).toEqual({ kind: "invalid" });
  });

  it("reads a column under the convention its unambiguous cells show", () => {
    expect(column("1.234,56", "1.000", "7")).toEqual({ style: "comma", cells: ["1234.56", "1000", "7"] });
    expect(column("1,234.56", "1,000", "7")).toEqual({ style: "dot", cells: ["1234.56", "1000", "7"] });
    expect(column("1,250,000", "500")).toEqual({ style: "dot", cells: ["1250000", "500"] });
  });

  it("refuses mixed decimal separators in one column, naming both cells", () => {
    const { cells } = column("1.234,56", "1,234.56");
    expect(cells[0]).toBe("1234.56");
    expect(cells[1]).toBe(
      'error: Mixed decimal separators: "1,234.56" uses a dot for decimals, but "1.234,56" (row 2) uses a comma for decimals. Use one convention in the whole column.',
    );
  });

  it("refuses an ambiguous cell that nothing in the column decides, and text that is no number", () => {
    const { cells } = column("1,234", "500");
    expect(cells[0]).toMatch(/^error: "1,234" is ambiguous: 1234 or 1\.234\?/);
    expect(cells[1]).toBe("500");
    expect(column("abc").cells[0]).toMatch(/^error: "abc" is not a number/);
  });

  it("takes a workbook's number cells as they show, empty cells as nothing", () => {
    expect(numberCellText(0.1 + 0.2)).toBe("0.3");
    expect(numberCellText(1250000)).toBe("1250000");
    expect(numberCellText(12.34567)).toBe("12.34567");
    expect(column(1234.5, null, "  ").cells).toEqual(["1234.5", null, null]);
  });
});

describe("dates", () => {
  it("accepts ISO text, workbook dates and serial numbers", () => {
    expect(parseImportDate("2024-03-02")).toEqual({ value: "2024-03-02" });
    expect(parseImportDate(new Date(Date.UTC(2024, 2, 2)))).toEqual({ value: "2024-03-02" });
    expect(parseImportDate(45353)).toEqual({ value: "2024-03-02" });
    expect(parseImportDate(" ")).toEqual({ value: null });
  });

  it("refuses day-first or month-first text, suggesting the ISO form when only one reading is a date", () => {
    expect(parseImportDate("02/03/2024")).toEqual({ error: '"02/03/2024" could be 2024-03-02 or 2024-02-03: write dates as YYYY-MM-DD.' });
    expect(parseImportDate("31/12/2024")).toEqual({ error: 'Write dates as YYYY-MM-DD (2024-12-31), not "31/12/2024".' });
    expect(parseImportDate("2024-02-30")).toEqual({ error: "2024-02-30 is not a real date." });
    expect(parseImportDate("March 2nd")).toEqual({ error: '"March 2nd" is not a date: write dates as YYYY-MM-DD.' });
  });
});

describe("reading a file", () => {
  const csv = (text: string) => new TextEncoder().encode(text);

  it("maps headers by name (case, spaces and underscores aside), detects the kind and lists the columns it ignores", async () => {
    const table = await readImportTable("flows.csv", csv("\uFEFFproject;flow_date;KIND;Amount;Status\r\nKisumu;2024-03-02;Capital call;1.234,5;x\r\n;;;;\r\n"));
    expect(table.rows).toHaveLength(1);
    const mapped = mapImportColumns(table.headers, "auto");
    expect(mapped.kind).toBe("cash-flows");
    expect(mapped.ignored).toEqual(["Status"]);
    const { rows, notes } = parseImportRows(table, mapped.kind, mapped.indexes);
    expect(rows[0]).toMatchObject({ row: 2, fields: { project: "Kisumu", flowDate: "2024-03-02", kind: "Capital call", amount: "1234.5", note: null }, errors: [] });
    expect(notes).toEqual(["Amount: read with a comma for decimals (1.234,56 is 1234.56)."]);
  });

  it("says which headers it expected", async () => {
    const table = await readImportTable("x.csv", csv("Name,When\nA,2024-01-01\n"));
    expect(() => mapImportColumns(table.headers, "holdings")).toThrow(
      'The header row does not match: Missing "Project", "Investment date", "Committed", "Currency". Expected columns (first row): a holdings file has Project, Investment date, Committed, Currency and optionally Ownership %.',
    );
    expect(() => mapImportColumns(table.headers, "auto")).toThrow(
      /a holdings file has .*; a cash flows file has Project, Date, Kind, Amount and optionally Currency, Note\./,
    );
  });

  it("refuses an empty file, a header without rows, too many rows and text that is not UTF-8", async () => {
    await expect(readImportTable("a.csv", new Uint8Array())).rejects.toThrow("The file is empty.");
    await expect(readImportTable("a.csv", csv("\n\n"))).rejects.toThrow("The file is empty.");
    await expect(readImportTable("a.csv", csv("Project,Date\n"))).rejects.toThrow("The file has a header row but no rows to import.");
    await expect(readImportTable("a.csv", csv(`Project\n${"x\n".repeat(5001)}`))).rejects.toThrow(/has 5,001 rows: import at most 5,000/);
    await expect(readImportTable("a.csv", new Uint8Array([0x50, 0xff, 0xfe, 0x41]))).rejects.toThrow(/not UTF-8/);
    await expect(readImportTable("a.xls", csv("x"))).rejects.toThrow(/Old \.xls/);
  });

  it("reads a workbook's first sheet with its dates and numbers as cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Holdings");
    sheet.addRow(["Project", "Investment date", "Committed", "Currency"]);
    sheet.addRow(["Kisumu Solar", new Date(Date.UTC(2024, 1, 15)), 500000.5, "USD"]);
    sheet.addRow([{ richText: [{ text: "Elgon " }, { text: "Hydro" }] }, "2024-02-16", { formula: "1+1", result: 2 }, "EUR"]);
    const table = await readImportTable("book.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    const mapped = mapImportColumns(table.headers, "auto");
    expect(mapped.kind).toBe("holdings");
    expect(parseImportRows(table, mapped.kind, mapped.indexes).rows.map((r) => r.fields)).toEqual([
      { project: "Kisumu Solar", investmentDate: "2024-02-15", committedAmount: "500000.5", currency: "USD", ownershipPct: null },
      { project: "Elgon Hydro", investmentDate: "2024-02-16", committedAmount: "2", currency: "EUR", ownershipPct: null },
    ]);
  });
});
