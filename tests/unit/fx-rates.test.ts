import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convertAmountText, crossRateText, fromScaled, toScaled } from "@/lib/fx/fx-decimal";
import { type FxTable, resolveConversion } from "@/lib/fx/fx-table";
import { parseEcbDailyXml, parseEcbHistoryCsv } from "@/lib/fx/parse-ecb-rates";
import { readEcbHistoryZip } from "@/lib/fx/read-ecb-history-zip";

const table = (onDate: string, quotes: Record<string, [rate: string, rateDate: string]>): FxTable => ({
  onDate,
  quotes: new Map(Object.entries(quotes).map(([currency, [rate, rateDate]]) => [currency, { rate, rateDate, source: "ECB" }])),
});

describe("exact decimals", () => {
  it("scales and prints decimal strings without floats, rounding half away from zero", () => {
    expect(toScaled("12.5", 4)).toBe(125000n);
    expect(toScaled("0.123456789", 8)).toBe(12345679n);
    expect(toScaled("-1.00005", 4)).toBe(-10001n);
    expect(fromScaled(125000n, 4)).toBe("12.5000");
    expect(fromScaled(5n, 4)).toBe("0.0005");
    expect(() => toScaled("12,5", 4)).toThrow(/Not a decimal number/);
  });

  it("converts amounts in one rounding, not through the rounded cross rate", () => {
    // 1,000,000.0001 GBP to USD at 1.1684 / 0.87058 per EUR.
    expect(crossRateText("0.87058", "1.1684")).toBe("1.34209378");
    expect(convertAmountText("1000000.0001", "0.87058", "1.1684")).toBe("1342093.7767");
    // A float would print 0.30000000000000004 somewhere along the way.
    expect(convertAmountText("0.1", "1", "3")).toBe("0.3000");
    expect(convertAmountText("41500000.0000", "1.1684", "1")).toBe("35518657.9938");
  });
});

describe("the rate in force on a day", () => {
  const rates = table("2026-12-07", { USD: ["1.1684", "2026-12-04"], GBP: ["0.87058", "2026-12-04"], CHF: ["0.9242", "2026-11-30"], JPY: ["186.75", "2026-11-29"] });

  it("takes the latest rate up to 7 days old: a Monday uses Friday's rates", () => {
    expect(resolveConversion(rates, "EUR", "USD")).toMatchObject({ rate: "1.16840000", rateDate: "2026-12-04", from: "EUR", to: "USD" });
    expect(resolveConversion(rates, "USD", "EUR")).toMatchObject({ rate: "0.85587128", rateDate: "2026-12-04" });
    expect(resolveConversion(rates, "CHF", "USD")).toMatchObject({ rateDate: "2026-11-30" });
  });

  it("refuses a rate older than 7 days and a currency the ECB never published, naming which", () => {
    expect(resolveConversion(rates, "JPY", "USD")).toEqual({ missing: "No ECB rate for JPY within 7 days before 2026-12-07 (the latest is from 2026-11-29)" });
    expect(resolveConversion(rates, "USD", "KES")).toEqual({ missing: "No ECB rate for KES on or before 2026-12-07" });
  });

  it("a cross rate is dated by the older quote; the same currency needs no rate", () => {
    expect(resolveConversion(rates, "CHF", "GBP")).toMatchObject({ rateDate: "2026-11-30", rate: "0.94198225" });
    expect(resolveConversion(rates, "USD", "USD")).toBeNull();
  });
});

describe("ECB formats", () => {
  it("reads the history CSV, skipping N/A and rows before the cut-off", () => {
    const csv = "Date,USD,JPY,CYP,\n2026-04-13,1.1684,186.75,N/A,\n2026-04-10,1.1711,186.43,N/A,\n1999-01-04,1.1789,133.73,0.58231,\n";
    expect(parseEcbHistoryCsv(csv, "2026-04-10")).toEqual([
      { rateDate: "2026-04-13", currency: "USD", rate: "1.1684" },
      { rateDate: "2026-04-13", currency: "JPY", rate: "186.75" },
      { rateDate: "2026-04-10", currency: "USD", rate: "1.1711" },
      { rateDate: "2026-04-10", currency: "JPY", rate: "186.43" },
    ]);
    expect(() => parseEcbHistoryCsv("Day,USD\n")).toThrow(/Not an ECB history file/);
  });

  it("reads the daily XML (and the 90-day file's several days)", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <Cube>
    <Cube time='2026-12-04'><Cube currency='USD' rate='1.1684'/><Cube currency='JPY' rate='186.75'/></Cube>
    <Cube time="2026-12-03"><Cube currency="USD" rate="1.1702"/><Cube currency="BAD" rate="n/a"/></Cube>
  </Cube>
</gesmes:Envelope>`;
    expect(parseEcbDailyXml(xml)).toEqual([
      { rateDate: "2026-12-04", currency: "USD", rate: "1.1684" },
      { rateDate: "2026-12-04", currency: "JPY", rate: "186.75" },
      { rateDate: "2026-12-03", currency: "USD", rate: "1.1702" },
    ]);
    expect(parseEcbDailyXml("<html>maintenance</html>")).toEqual([]);
  });

  it("reads the history shipped in data/fx", async () => {
    const rates = await readEcbHistoryZip(await readFile(path.resolve("data/fx/ecb-eurofxref-hist.zip")), "2026-01-01");
    expect(rates.find((r) => r.rateDate === "2026-04-13" && r.currency === "USD")?.rate).toBe("1.1684");
    expect(rates.every((r) => r.rateDate >= "2026-01-01")).toBe(true);
    expect(new Set(rates.map((r) => r.currency)).has("KES")).toBe(false);
    expect(rates.length).toBeGreaterThan(60 * 25);
  });
});
