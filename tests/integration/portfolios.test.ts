import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { importFxRates } from "@/lib/fx/import-fx-rates";
import { addHolding } from "@/lib/portfolios/add-holding";
import { createPortfolio } from "@/lib/portfolios/create-portfolio";
import { deleteCashFlow } from "@/lib/portfolios/delete-cash-flow";
import { exitHolding } from "@/lib/portfolios/exit-holding";
import { getHoldingView } from "@/lib/portfolios/get-holding-view";
import { getPortfolioView } from "@/lib/portfolios/get-portfolio-view";
import { listPortfolios } from "@/lib/portfolios/list-portfolios";
import { recordCashFlow } from "@/lib/portfolios/record-cash-flow";
import { addHoldingSchema, createPortfolioSchema, exitHoldingSchema, recordCashFlowSchema, updatePortfolioSchema } from "@/lib/portfolios/schemas";
import { updatePortfolio } from "@/lib/portfolios/update-portfolio";
import { createTenant, createTenantProject, db } from "../support/test-db";

/**
 * fx_rates is platform-wide (and the demo seed, run by another test file, loads the ECB's history):
 * these tests give GHS and TZS, which the ECB does not publish, rates of their own on 2024 days, and
 * use KES, for which no rate exists at all.
 */
beforeAll(async () => {
  await importFxRates(db, [
    { rateDate: "2024-03-01", currency: "GHS", rate: "0.95" },
    { rateDate: "2024-03-01", currency: "TZS", rate: "11.2" },
    { rateDate: "2024-06-03", currency: "GHS", rate: "0.97" },
    { rateDate: "2024-06-03", currency: "TZS", rate: "11.5" },
  ]);
});

async function world() {
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const ally = await createTenant({ type: "ALLY" });
  const solar = await createTenantProject(ally, { isPublished: true, name: `Kisumu Solar ${ally.org.id.slice(0, 6)}` });
  const hydro = await createTenantProject(ally, { isPublished: true, name: `Elgon Hydro ${ally.org.id.slice(0, 6)}`, currency: "EUR" });
  return { investor, ally, solar, hydro };
}

const create = (actor: Actor, fields: Record<string, unknown> = {}) =>
  createPortfolio(
    actor,
    createPortfolioSchema.parse({ name: "Fund I", currency: "GHS", targetSize: "100000000", vintageYear: "2024", strategy: "Infrastructure", ...fields }),
  );
const hold = (actor: Actor, portfolioId: string, projectId: string, fields: Record<string, unknown> = {}) =>
  addHolding(actor, addHoldingSchema.parse({ portfolioId, projectId, investmentDate: "2024-02-15", committedAmount: "500000", currency: "TZS", ...fields }));
const record = (actor: Actor, holdingId: string, kind: string, flowDate: string, amount: string) =>
  recordCashFlow(actor, recordCashFlowSchema.parse({ holdingId, kind, flowDate, amount }));

describe("portfolios", () => {
  it("creates and edits a portfolio; bad input is refused with a message per field", async () => {
    const { investor } = await world();
    const portfolio = await create(investor);
    expect(portfolio).toMatchObject({ name: "Fund I", currency: "GHS", vintageYear: 2024, status: "ACTIVE", orgId: investor.org.id });
    await updatePortfolio(
      investor,
      updatePortfolioSchema.parse({ portfolioId: portfolio.id, name: "Fund I (2024)", currency: "GHS", status: "LIQUIDATING", targetSize: "" }),
    );
    expect(await db.portfolio.findUniqueOrThrow({ where: { id: portfolio.id } })).toMatchObject({ name: "Fund I (2024)", status: "LIQUIDATING", targetSize: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: investor.org.id, action: "portfolio.updated" } });
    expect(audit.changes).toMatchObject({ after: { name: "Fund I (2024)", status: "LIQUIDATING" } });

    const bad = createPortfolioSchema.safeParse({ name: " ", currency: "XYZ", targetSize: "-5", vintageYear: "1800" });
    expect(bad.success).toBe(false);
    const fields = bad.error!.flatten().fieldErrors;
    expect(fields.name).toEqual(["Name the portfolio."]);
    expect(fields.currency?.[0]).toMatch(/ISO code/);
    expect(fields.targetSize?.[0]).toBe("The target size cannot be negative.");
    expect(fields.vintageYear?.[0]).toBe("Enter a year from 1990.");
  });

  it("adds a holding of a listed project; a negative commitment, an unknown currency and an unlisted project are refused", async () => {
    const { investor, ally, solar } = await world();
    const portfolio = await create(investor);
    const holding = await hold(investor, portfolio.id, solar.id);
    expect(holding).toMatchObject({ committedAmount: expect.anything(), currency: "TZS", status: "ACTIVE" });
    expect(holding.committedAmount.toFixed(4)).toBe("500000.0000");
    expect(holding.investedAmount.toFixed(4)).toBe("0.0000");

    const negative = addHoldingSchema.safeParse({
      portfolioId: portfolio.id,
      projectId: solar.id,
      investmentDate: "2024-02-15",
      committedAmount: "-100",
      currency: "TZS",
    });
    expect(negative.error?.flatten().fieldErrors.committedAmount).toEqual(["The commitment cannot be negative."]);
    const unknown = addHoldingSchema.safeParse({ portfolioId: portfolio.id, projectId: solar.id, investmentDate: "2024-02-15", committedAmount: "100", currency: "QQQ" });
    expect(unknown.error?.flatten().fieldErrors.currency?.[0]).toMatch(/ISO code/);

    const draft = await createTenantProject(ally, { isPublished: false });
    await expect(hold(investor, portfolio.id, draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(hold(investor, portfolio.id, solar.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.portfolioHolding.count({ where: { portfolioId: portfolio.id } })).toBe(1);
  });

  it("records flows in two currencies with the rate, its date and source; the holding follows its ledger", async () => {
    const { investor, solar, hydro } = await world();
    const portfolio = await create(investor);
    const sek = await hold(investor, portfolio.id, solar.id);
    const chf = await hold(investor, portfolio.id, hydro.id, { currency: "GHS", committedAmount: "20000" });

    const call = await record(investor, sek.id, "capital_call", "2024-03-02", "112000");
    // Saturday 2 March: Friday's rates; 112,000 TZS x 0.95 / 11.2 = 9,500 GHS.
    expect([call.amount.toFixed(4), call.amountBase.toFixed(4), call.fxRate.toFixed(8), call.fxRateDate.toISOString().slice(0, 10), call.fxSource]).toEqual([
      "112000.0000",
      "9500.0000",
      "0.08482143",
      "2024-03-01",
      "ECB",
    ]);
    const mark = await record(investor, sek.id, "valuation", "2024-06-03", "115000");
    expect([mark.amountBase.toFixed(4), mark.fxRate.toFixed(8), mark.fxRateDate.toISOString().slice(0, 10)]).toEqual(["9700.0000", "0.08434783", "2024-06-03"]);
    const same = await record(investor, chf.id, "capital_call", "2024-03-04", "10000");
    expect([same.amountBase.toFixed(4), same.fxRate.toFixed(8), same.fxSource]).toEqual(["10000.0000", "1.00000000", "identity"]);

    const after = await db.portfolioHolding.findUniqueOrThrow({ where: { id: sek.id } });
    expect([after.investedAmount.toFixed(4), after.currentValue?.toFixed(4)]).toEqual(["112000.0000", "115000.0000"]);

    const view = await getHoldingView(investor, sek.id);
    expect(view.flows.map((f) => [f.kind, f.day, f.amount, f.amountBase, f.fxRateDate])).toEqual([
      ["capital_call", "2024-03-02", "112000.0000", "9500.0000", "2024-03-01"],
      ["valuation", "2024-06-03", "115000.0000", "9700.0000", "2024-06-03"],
    ]);
    const [row] = (await listPortfolios(investor)).filter((p) => p.id === portfolio.id);
    // Committed: 500,000 TZS on 15 Feb 2024 has no rate in the week before it (the first is 1 March): named, not guessed.
    expect(row).toMatchObject({ called: "19500.0000", distributed: "0.0000", nav: "9700.0000", holdings: 2, committed: "20000.0000" });
    expect(row!.committedMissing).toEqual(["No ECB rate for TZS on or before 2024-02-15"]);

    await deleteCashFlow(investor, { flowId: mark.id });
    expect((await db.portfolioHolding.findUniqueOrThrow({ where: { id: sek.id } })).currentValue).toBeNull();
  });

  it("names a missing rate and writes nothing; refuses a flow before the investment and a distribution before any call", async () => {
    const { investor, solar, hydro } = await world();
    const portfolio = await create(investor);
    const kes = await hold(investor, portfolio.id, solar.id, { currency: "KES" });
    await expect(record(investor, kes.id, "capital_call", "2024-03-04", "1000000")).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("No KES→GHS rate on 2024-03-04 (No ECB rate for KES on or before 2024-03-04)"),
    });
    const sek = await hold(investor, portfolio.id, hydro.id, { investmentDate: "2024-03-01" });
    await expect(record(investor, sek.id, "capital_call", "2024-02-28", "1000")).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("before the investment"),
    });
    await expect(record(investor, sek.id, "distribution_income", "2024-03-01", "1000")).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("before any capital call"),
    });
    await record(investor, sek.id, "capital_call", "2024-06-03", "1000");
    await expect(record(investor, sek.id, "distribution_return_of_capital", "2024-03-01", "10")).rejects.toMatchObject({
      message: expect.stringContaining("before the first capital call (2024-06-03)"),
    });
    await expect(record(investor, sek.id, "fee", "2999-01-01", "10")).rejects.toMatchObject({ message: expect.stringContaining("in the future") });
    expect(await db.portfolioCashFlow.count({ where: { holdingId: { in: [kes.id, sek.id] } } })).toBe(1);
    expect((await db.portfolioHolding.findUniqueOrThrow({ where: { id: kes.id } })).investedAmount.toFixed(4)).toBe("0.0000");
  });

  it("exits a holding with its proceeds and writes another off; a closed ledger takes no more flows", async () => {
    const { investor, solar, hydro } = await world();
    const portfolio = await create(investor);
    const sold = await hold(investor, portfolio.id, solar.id);
    const lost = await hold(investor, portfolio.id, hydro.id, { currency: "GHS" });
    await record(investor, sold.id, "capital_call", "2024-03-01", "112000");
    await record(investor, sold.id, "valuation", "2024-03-01", "112000");
    await record(investor, lost.id, "capital_call", "2024-03-01", "5000");
    await exitHolding(investor, exitHoldingSchema.parse({ holdingId: sold.id, outcome: "EXITED", exitDate: "2024-06-03", proceeds: "230000" }));
    await exitHolding(investor, exitHoldingSchema.parse({ holdingId: lost.id, outcome: "WRITTEN_OFF", exitDate: "2024-06-03" }));
    const [a, b] = await Promise.all([sold.id, lost.id].map((id) => db.portfolioHolding.findUniqueOrThrow({ where: { id } })));
    expect([a!.status, a!.exitProceeds?.toFixed(4), a!.currentValue?.toFixed(4), a!.exitDate?.toISOString().slice(0, 10)]).toEqual([
      "EXITED",
      "230000.0000",
      "0.0000",
      "2024-06-03",
    ]);
    expect([b!.status, b!.exitProceeds?.toFixed(4), b!.currentValue?.toFixed(4)]).toEqual(["WRITTEN_OFF", "0.0000", "0.0000"]);
    const proceeds = await db.portfolioCashFlow.findFirstOrThrow({ where: { holdingId: sold.id, kind: "exit_proceeds" } });
    expect(proceeds.amountBase.toFixed(4)).toBe("19400.0000");
    await expect(record(investor, sold.id, "fee", "2024-06-03", "10")).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    await expect(exitHolding(investor, exitHoldingSchema.parse({ holdingId: lost.id, outcome: "WRITTEN_OFF", exitDate: "2024-06-03" }))).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
    const view = await getPortfolioView(investor, portfolio.id);
    // Everything realised: 19,400 back for 9,500 + 5,000 paid in; no NAV left.
    expect([view.metrics.paidIn, view.metrics.distributed, view.metrics.nav]).toEqual(["14500.0000", "19400.0000", "0.0000"]);
  });

  it("shows metrics that agree with hand-computed values: one year, 1,000 in, 100 out and a 1,100 mark, a fee of 10", async () => {
    const { investor, solar } = await world();
    const portfolio = await create(investor);
    const holding = await hold(investor, portfolio.id, solar.id, { currency: "GHS", investmentDate: "2023-01-01" });
    await record(investor, holding.id, "capital_call", "2023-01-01", "1000");
    await record(investor, holding.id, "fee", "2023-01-01", "10");
    await record(investor, holding.id, "distribution_income", "2024-01-01", "100");
    await record(investor, holding.id, "valuation", "2024-01-01", "1100");
    const { metrics, holdings, navSeries, jCurve } = await getPortfolioView(investor, portfolio.id);
    expect([metrics.paidIn, metrics.fees, metrics.distributed, metrics.nav]).toEqual(["1000.0000", "10.0000", "100.0000", "1100.0000"]);
    expect(metrics.gross).toEqual({ moic: "1.2000", tvpi: "1.2000", dpi: "0.1000", rvpi: "1.1000" });
    // Net: 1,200 / 1,010.
    expect(metrics.net.tvpi).toBe("1.1881");
    expect(metrics.net.dpi).toBe("0.0990");
    // 2023 has 365 days: gross 1,200 / 1,000 − 1 = 20%; net 1,200 / 1,010 − 1.
    expect(metrics.grossIrr.kind === "rate" && metrics.grossIrr.rate).toBeCloseTo(0.2, 8);
    expect(metrics.netIrr.kind === "rate" && metrics.netIrr.rate).toBeCloseTo(1200 / 1010 - 1, 8);
    expect(holdings[0]).toMatchObject({ paidIn: "1000.0000", nav: "1100.0000", moic: "1.1881" });
    expect(navSeries).toEqual([{ day: "2024-01-01", value: 1100 }]);
    expect(jCurve).toEqual([
      { day: "2023-01-01", value: -1010 },
      { day: "2024-01-01", value: -910 },
    ]);
    const empty = await getPortfolioView(investor, (await create(investor, { name: "Empty" })).id);
    expect(empty.metrics.netIrr.kind).toBe("undefined");
  });

  it("answers another org's portfolio, holding and flow ids with 404 and changes nothing", async () => {
    const { investor, solar } = await world();
    const other = await createTenant({ type: "INVESTOR", role: "admin" });
    const portfolio = await create(investor);
    const holding = await hold(investor, portfolio.id, solar.id, { currency: "GHS" });
    const flow = await record(investor, holding.id, "capital_call", "2024-03-01", "1000");
    const notFound = { code: "NOT_FOUND" };
    await expect(getPortfolioView(other, portfolio.id)).rejects.toMatchObject(notFound);
    await expect(getHoldingView(other, holding.id)).rejects.toMatchObject(notFound);
    await expect(updatePortfolio(other, updatePortfolioSchema.parse({ portfolioId: portfolio.id, name: "Mine", currency: "GHS" }))).rejects.toMatchObject(notFound);
    await expect(hold(other, portfolio.id, solar.id)).rejects.toMatchObject(notFound);
    await expect(record(other, holding.id, "capital_call", "2024-03-01", "5")).rejects.toMatchObject(notFound);
    await expect(deleteCashFlow(other, { flowId: flow.id })).rejects.toMatchObject(notFound);
    await expect(exitHolding(other, exitHoldingSchema.parse({ holdingId: holding.id, outcome: "WRITTEN_OFF", exitDate: "2024-03-01" }))).rejects.toMatchObject(notFound);
    expect(await listPortfolios(other)).toEqual([]);
    expect((await db.portfolio.findUniqueOrThrow({ where: { id: portfolio.id } })).name).toBe("Fund I");
    expect(await db.portfolioCashFlow.count({ where: { holdingId: holding.id } })).toBe(1);
    expect((await db.portfolioHolding.findUniqueOrThrow({ where: { id: holding.id } })).status).toBe("ACTIVE");
  });
});
