import { callRoute, signIn } from "../support/mock-request-context";
import ExcelJS from "exceljs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { importFxRates } from "@/lib/fx/import-fx-rates";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET } = await import("@/app/api/portfolios/[portfolioId]/export/route");
const { previewPortfolioImportAction, importPortfolioRowsAction } = await import("@/lib/portfolios/import/actions");
const { addHolding } = await import("@/lib/portfolios/add-holding");
const { listAuditLogs } = await import("@/lib/audit/list-audit-logs");
const { sentenceText } = await import("@/lib/audit/sentence-parts");
const { createPortfolio } = await import("@/lib/portfolios/create-portfolio");
const { recordCashFlow } = await import("@/lib/portfolios/record-cash-flow");
const { addHoldingSchema, createPortfolioSchema, recordCashFlowSchema } = await import("@/lib/portfolios/schemas");

/**
 * fx_rates is platform-wide: RWF and ZMW, which the ECB does not publish and no other test uses, get
 * rates of their own (1 EUR = 1,400 RWF = 28 ZMW, so 1 ZMW = 50 RWF); ETB has none at all.
 */
beforeAll(async () => {
  await importFxRates(db, [
    { rateDate: "2024-04-01", currency: "RWF", rate: "1400" },
    { rateDate: "2024-04-01", currency: "ZMW", rate: "28" },
  ]);
});
beforeEach(() => signIn(null));

const csv = (text: string) => new TextEncoder().encode(text);
const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;

async function world() {
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const ally = await createTenant({ type: "ALLY" });
  const suffix = ally.org.id.slice(0, 6);
  const solar = await createTenantProject(ally, { isPublished: true, name: `Kafue Solar ${suffix}` });
  const hydro = await createTenantProject(ally, { isPublished: true, name: `=HYPERLINK("http://x.example","Nyabarongo Hydro ${suffix}")`, currency: "EUR" });
  const portfolio = await createPortfolio(investor, createPortfolioSchema.parse({ name: "Great Lakes Fund", currency: "RWF" }));
  return { investor, ally, solar, hydro, portfolio };
}

type Kind = "holdings" | "cash-flows";
async function preview(actor: Actor, portfolioId: string, kind: Kind | "auto", text: string, fileName = "upload.csv") {
  signIn(actor);
  return previewPortfolioImportAction({ portfolioId, kind, fileName, file: csv(text) });
}
async function importFile(actor: Actor, portfolioId: string, kind: Kind, text: string, expectedRows: number) {
  signIn(actor);
  return importPortfolioRowsAction({ portfolioId, kind, fileName: "upload.csv", file: csv(text), expectedRows });
}
const counts = async (portfolioId: string) => ({
  holdings: await db.portfolioHolding.count({ where: { portfolioId } }),
  flows: await db.portfolioCashFlow.count({ where: { holding: { portfolioId } } }),
  audits: await db.auditLog.count({ where: { entityId: portfolioId, action: "portfolio.imported" } }),
});

describe("portfolio import", () => {
  it("previews a holdings file with a bad row, writes nothing for it, and writes every row of the fixed file", async () => {
    const { investor, ally, solar, hydro, portfolio } = await world();
    const draft = await createTenantProject(ally, { isPublished: false, name: `Draft Wind ${ally.org.id.slice(0, 6)}` });
    const bad = [
      "Project,Investment date,Committed,Currency,Ownership %",
      `${solar.name},2024-04-01,"1,500,000.50",zmw,12.5`,
      `${quote(hydro.name)},2024-04-02,250000,QQQ,`,
      `${draft.name},02/04/2024,-5,ZMW,101`,
    ].join("\r\n");
    const before = await counts(portfolio.id);
    const shown = await preview(investor, portfolio.id, "auto", bad);
    expect(shown.data?.kind).toBe("holdings");
    expect(shown.data?.rows[0]).toEqual({
      row: 2,
      values: { project: solar.name, investmentDate: "2024-04-01", committedAmount: "1500000.50", currency: "ZMW", ownershipPct: "12.5000" },
      errors: [],
    });
    expect(shown.data?.rows.slice(1).flatMap((r) => r.errors)).toEqual([
      { row: 3, column: "Currency", message: "Choose a currency by its ISO code (USD, EUR, KES...)." },
      { row: 4, column: "Investment date", message: '"02/04/2024" could be 2024-04-02 or 2024-02-04: write dates as YYYY-MM-DD.' },
      { row: 4, column: "Committed", message: "The commitment cannot be negative." },
      { row: 4, column: "Ownership %", message: "Ownership is 0 to 100%." },
    ]);
    const refused = await importFile(investor, portfolio.id, "holdings", bad, 3);
    expect(refused.serverError).toEqual({ code: "VALIDATION", message: "2 rows have errors: nothing was imported. Fix them and upload the file again." });
    expect(await counts(portfolio.id)).toEqual(before);

    // A project not on the marketplace is a row error, as the add-holding form would refuse it.
    const unlisted = await preview(investor, portfolio.id, "holdings", `Project,Investment date,Committed,Currency\n${draft.name},2024-04-01,5,ZMW\n`);
    expect(unlisted.data?.rows[0]?.errors).toEqual([{ row: 2, column: "Project", message: "No project in your pipeline or on the marketplace has this name or id." }]);

    const good = [
      "Project,Investment date,Committed,Currency,Ownership %",
      `${solar.name.toUpperCase()},2024-04-01,"1,500,000.50",ZMW,12.5`,
      `${hydro.id},2024-04-02,250000,EUR,`,
    ].join("\n");
    const done = await importFile(investor, portfolio.id, "holdings", good, 2);
    expect(done.serverError).toBeUndefined();
    expect(done.data).toEqual({ portfolioId: portfolio.id, kind: "holdings", count: 2 });
    const holdings = await db.portfolioHolding.findMany({ where: { portfolioId: portfolio.id }, orderBy: { investmentDate: "asc" } });
    expect(holdings.map((h) => [h.projectId, h.currency, h.committedAmount.toFixed(4), h.ownershipPct?.toFixed(4) ?? null, h.orgId])).toEqual([
      [solar.id, "ZMW", "1500000.5000", "12.5000", investor.org.id],
      [hydro.id, "EUR", "250000.0000", null, investor.org.id],
    ]);
    expect((await db.outboxEvent.findMany({ where: { name: "holding.added", orgId: investor.org.id } })).map((e) => e.payload)).toEqual(
      expect.arrayContaining(holdings.map((h) => ({ orgId: investor.org.id, portfolioId: portfolio.id, holdingId: h.id, projectId: h.projectId }))),
    );
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: portfolio.id, action: "portfolio.imported" } });
    expect(audit.changes).toMatchObject({ after: { portfolio: "Great Lakes Fund", imported: "holdings", rows: 2, fileName: "upload.csv" } });
    const log = (await listAuditLogs(investor, { page: 1, pageSize: 100 })).rows.map((row) => sentenceText(row.sentence));
    expect(log).toContain(`${investor.user.fullName} imported 2 holdings into Great Lakes Fund from upload.csv`);

    // The same file again: both projects are held now.
    const again = await preview(investor, portfolio.id, "holdings", good);
    expect(again.data?.rows.map((r) => r.errors[0]?.message)).toEqual([
      `${solar.name} is already a holding of Great Lakes Fund.`,
      `${hydro.name} is already a holding of Great Lakes Fund.`,
    ]);
  });

  it("imports cash flows converted at each day's rate, counting the file's own capital calls, and refuses the file with one bad row", async () => {
    const { investor, solar, portfolio } = await world();
    const holding = await addHolding(
      investor,
      addHoldingSchema.parse({ portfolioId: portfolio.id, projectId: solar.id, investmentDate: "2024-04-01", committedAmount: "100000", currency: "ZMW" }),
    );
    const header = "Project,Date,Kind,Amount,Note";
    const early = [header, `${solar.name},2024-04-01,Distribution (income),100,too early`, `${solar.name},2024-04-02,capital_call,1000,`].join("\n");
    const shown = await preview(investor, portfolio.id, "cash-flows", early);
    expect(shown.data?.rows[0]?.errors).toEqual([
      { row: 2, column: "Date", message: "A distribution on 2024-04-01 would come before the first capital call (2024-04-02): nothing was invested yet." },
    ]);
    expect(await importFile(investor, portfolio.id, "cash-flows", early, 2)).toMatchObject({ serverError: { code: "VALIDATION" } });
    expect(await counts(portfolio.id)).toMatchObject({ flows: 0, audits: 0 });

    const good = [
      header,
      `${solar.name},2024-04-03,Distribution (income),"1,000.5",after the call`,
      `${solar.name},2024-04-02,Capital call,"10,000",first call`,
      `${solar.id},2024-04-04,valuation,"12,000",`,
    ].join("\n");
    const ok = await preview(investor, portfolio.id, "auto", good);
    expect(ok.data?.errorCount).toBe(0);
    expect(ok.data?.rows[1]?.values).toMatchObject({
      kind: "Capital call",
      amount: "10000",
      currency: "ZMW",
      amountBase: "500000.0000",
      fxRate: "50.00000000 (ECB 2024-04-01)",
    });
    expect((await importFile(investor, portfolio.id, "cash-flows", good, 3)).data).toEqual({ portfolioId: portfolio.id, kind: "cash-flows", count: 3 });
    const flows = await db.portfolioCashFlow.findMany({ where: { holdingId: holding.id }, orderBy: { flowDate: "asc" } });
    expect(flows.map((f) => [f.kind, f.amount.toFixed(4), f.amountBase.toFixed(4), f.fxRate.toFixed(4), f.fxRateDate.toISOString().slice(0, 10), f.note])).toEqual([
      ["capital_call", "10000.0000", "500000.0000", "50.0000", "2024-04-01", "first call"],
      ["distribution_income", "1000.5000", "50025.0000", "50.0000", "2024-04-01", "after the call"],
      ["valuation", "12000.0000", "600000.0000", "50.0000", "2024-04-01", null],
    ]);
    const synced = await db.portfolioHolding.findUniqueOrThrow({ where: { id: holding.id } });
    expect([synced.investedAmount.toFixed(4), synced.currentValue?.toFixed(4)]).toEqual(["10000.0000", "12000.0000"]);
    const events = await db.outboxEvent.findMany({ where: { name: "cash_flow.recorded", orgId: investor.org.id } });
    expect(events.map((e) => e.payload)).toEqual(
      expect.arrayContaining(
        flows.map((f) => ({ orgId: investor.org.id, portfolioId: portfolio.id, holdingId: holding.id, flowId: f.id, kind: f.kind, removed: false })),
      ),
    );
    expect(events).toHaveLength(3);
  });

  it("refuses mixed decimal separators, a missing rate (named), an unknown holding and a day-first date, row by row", async () => {
    const { investor, solar, hydro, portfolio } = await world();
    await addHolding(
      investor,
      addHoldingSchema.parse({ portfolioId: portfolio.id, projectId: solar.id, investmentDate: "2024-04-01", committedAmount: "5", currency: "ZMW" }),
    );
    await addHolding(
      investor,
      addHoldingSchema.parse({ portfolioId: portfolio.id, projectId: hydro.id, investmentDate: "2024-04-01", committedAmount: "5", currency: "ETB" }),
    );
    const file = [
      "Project;Date;Kind;Amount",
      `${solar.name};2024-04-02;Capital call;1.234,56`,
      `${solar.name};2024-04-02;Fee;1,234.56`,
      `${hydro.id};2024-04-03;Capital call;100`,
      `Nowhere Wind;2024-04-02;Fee;5`,
      `${solar.name};13/04/2024;Exit proceeds;5`,
    ].join("\n");
    const before = await counts(portfolio.id);
    const shown = await preview(investor, portfolio.id, "cash-flows", file);
    expect(shown.data?.rows.flatMap((r) => r.errors)).toEqual([
      {
        row: 3,
        column: "Amount",
        message:
          'Mixed decimal separators: "1,234.56" uses a dot for decimals, but "1.234,56" (row 2) uses a comma for decimals. Use one convention in the whole column.',
      },
      { row: 4, column: "Date", message: "No ETB→RWF rate on or before 2024-04-03 (No ECB rate for ETB on or before 2024-04-03)." },
      { row: 5, column: "Project", message: 'Great Lakes Fund has no holding of "Nowhere Wind": add the holding first (a cash-flow file refers to existing holdings).' },
      { row: 6, column: "Date", message: 'Write dates as YYYY-MM-DD (2024-04-13), not "13/04/2024".' },
      { row: 6, column: "Kind", message: "Exit proceeds come with an exit: record the exit on the holding's page." },
    ]);
    expect(shown.data?.rows[0]).toMatchObject({ values: { amount: "1234.56", amountBase: "61728.0000" }, errors: [] });
    expect(await importFile(investor, portfolio.id, "cash-flows", file, 5)).toMatchObject({ serverError: { code: "VALIDATION" } });
    expect(await counts(portfolio.id)).toEqual(before);
  });

  it("explains a file it cannot take: wrong headers, empty, not a workbook", async () => {
    const { investor, portfolio } = await world();
    expect((await preview(investor, portfolio.id, "cash-flows", "Name,When\nx,y\n")).serverError?.message).toBe(
      'The header row does not match: Missing "Project", "Date", "Kind", "Amount". Expected columns (first row): a cash flows file has Project, Date, Kind, Amount and optionally Currency, Note.',
    );
    expect((await preview(investor, portfolio.id, "auto", "Project,Date\n")).serverError?.message).toBe("The file has a header row but no rows to import.");
    expect((await preview(investor, portfolio.id, "auto", "not a zip", "book.xlsx")).serverError?.message).toMatch(/not an XLSX workbook/);
  });
});

describe("portfolio export", () => {
  async function exported(actor: Actor, portfolioId: string, query: Record<string, string>) {
    signIn(actor);
    return callRoute(GET, "/api/portfolios/[portfolioId]/export", { params: { portfolioId }, query });
  }

  it("exports holdings and cash flows as CSV (formula-like text neutralised) and XLSX; another org gets a 404", async () => {
    const { investor, solar, hydro, portfolio } = await world();
    const h1 = await addHolding(
      investor,
      addHoldingSchema.parse({
        portfolioId: portfolio.id,
        projectId: solar.id,
        investmentDate: "2024-04-01",
        committedAmount: "1000",
        currency: "ZMW",
        ownershipPct: "5",
      }),
    );
    await addHolding(
      investor,
      addHoldingSchema.parse({ portfolioId: portfolio.id, projectId: hydro.id, investmentDate: "2024-04-02", committedAmount: "70", currency: "RWF" }),
    );
    await recordCashFlow(investor, recordCashFlowSchema.parse({ holdingId: h1.id, kind: "capital_call", flowDate: "2024-04-02", amount: "100", note: "@first call" }));

    const holdingsCsv = await exported(investor, portfolio.id, { format: "csv", what: "holdings" });
    expect(holdingsCsv.status).toBe(200);
    expect(holdingsCsv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(holdingsCsv.headers.get("content-disposition")).toMatch(/great-lakes-fund-holdings-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = (await holdingsCsv.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "Project,Status,Currency,Investment date,Committed,Invested,Current value,Ownership %,Exit date,Exit proceeds,Paid in (RWF),Distributed (RWF),NAV (RWF),MOIC (net),Net IRR",
    );
    expect(lines[1]).toBe(`${solar.name},Active,ZMW,2024-04-01,1000.0000,100.0000,,5.0000,,,5000.0000,0.0000,0.0000,0.0000,`);
    expect(lines[2]!.startsWith(`"'=HYPERLINK(""http://x.example"",""Nyabarongo Hydro`)).toBe(true);

    const flowsBytes = new Uint8Array(await (await exported(investor, portfolio.id, { format: "csv", what: "cash-flows" })).arrayBuffer());
    expect([...flowsBytes.slice(0, 3)], "a UTF-8 BOM, for Excel").toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(flowsBytes).split("\r\n").slice(0, 2)).toEqual([
      "Project,Date,Kind,Amount,Currency,Amount in base,Base currency,FX rate,Rate date,Rate source,Note",
      `${solar.name},2024-04-02,Capital call,100.0000,ZMW,5000.0000,RWF,50.0000000000,2024-04-01,ECB,'@first call`,
    ]);

    const xlsx = await exported(investor, portfolio.id, { format: "xlsx", what: "cash-flows" });
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const row = workbook.getWorksheet("Cash flows")!.getRow(2).values as unknown[];
    expect(row.slice(1, 8)).toEqual([solar.name, new Date("2024-04-02T00:00:00Z"), "Capital call", 100, "ZMW", 5000, "RWF"]);

    expect((await exported(investor, portfolio.id, { format: "pdf" })).status).toBe(422);
    const outsider = await createTenant({ type: "INVESTOR", role: "admin" });
    for (const query of [
      { format: "csv", what: "holdings" },
      { format: "xlsx", what: "cash-flows" },
    ]) {
      const response = await exported(outsider, portfolio.id, query);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("Kafue");
    }
    const before = await counts(portfolio.id);
    expect((await preview(outsider, portfolio.id, "auto", `Project,Date,Kind,Amount\n${solar.name},2024-04-02,Fee,1\n`)).serverError?.code).toBe("NOT_FOUND");
    expect((await importFile(outsider, portfolio.id, "cash-flows", `Project,Date,Kind,Amount\n${solar.name},2024-04-02,Fee,1\n`, 1)).serverError?.code).toBe("NOT_FOUND");
    expect(await counts(portfolio.id)).toEqual(before);
  });
});
