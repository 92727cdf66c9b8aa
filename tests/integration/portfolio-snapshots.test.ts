import { signIn } from "../support/mock-request-context";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addHolding } from "@/lib/portfolios/add-holding";
import { createPortfolio } from "@/lib/portfolios/create-portfolio";
import { exitHolding } from "@/lib/portfolios/exit-holding";
import { getPortfolioView } from "@/lib/portfolios/get-portfolio-view";
import { recordCashFlow } from "@/lib/portfolios/record-cash-flow";
import { addHoldingSchema, createPortfolioSchema, exitHoldingSchema, recordCashFlowSchema } from "@/lib/portfolios/schemas";
import { backfillMetricSnapshots } from "@/lib/portfolios/snapshots/backfill-metric-snapshots";
import { drainJobs } from "../support/job-worker";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { backfillPortfolioSnapshotsAction } = await import("@/lib/portfolios/snapshots/actions");

beforeEach(() => signIn(null));

/**
 * Fund I in USD, holdings in USD (no rate involved), hand-computed:
 *   Solar: call 1,000 on 2 Jan 2024, marks 1,100 on 31 Mar and 1,300 on 30 Jun.
 *   Hydro: call 500 on 1 Feb, mark 600 on 30 Apr, exited on 15 May 2024 for 700.
 */
async function fund() {
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const ally = await createTenant({ type: "ALLY" });
  const solar = await createTenantProject(ally, { isPublished: true, name: `Snap Solar ${ally.org.id.slice(0, 6)}` });
  const hydro = await createTenantProject(ally, { isPublished: true, name: `Snap Hydro ${ally.org.id.slice(0, 6)}` });
  const portfolio = await createPortfolio(investor, createPortfolioSchema.parse({ name: "Snapshot Fund", currency: "USD" }));
  const hold = (projectId: string) =>
    addHolding(investor, addHoldingSchema.parse({ portfolioId: portfolio.id, projectId, investmentDate: "2024-01-01", committedAmount: "2000", currency: "USD" }));
  const record = (holdingId: string, kind: string, flowDate: string, amount: string) =>
    recordCashFlow(investor, recordCashFlowSchema.parse({ holdingId, kind, flowDate, amount }));
  const a = await hold(solar.id);
  const b = await hold(hydro.id);
  await record(a.id, "capital_call", "2024-01-02", "1000");
  await record(a.id, "valuation", "2024-03-31", "1100");
  await record(a.id, "valuation", "2024-06-30", "1300");
  await record(b.id, "capital_call", "2024-02-01", "500");
  await record(b.id, "valuation", "2024-04-30", "600");
  await exitHolding(investor, exitHoldingSchema.parse({ holdingId: b.id, outcome: "EXITED", exitDate: "2024-05-15", proceeds: "700" }));
  return { investor, portfolio, solar: a, hydro: b };
}

const rowsOf = (orgId: string) => db.metricSnapshot.findMany({ where: { orgId }, orderBy: [{ snapshotDate: "asc" }, { entityId: "asc" }, { metricType: "asc" }] });

async function valueOn(orgId: string, entityId: string, metricType: string, day: string, places = 4) {
  const row = await db.metricSnapshot.findFirst({ where: { orgId, entityId, metricType, snapshotDate: new Date(`${day}T00:00:00Z`) } });
  return row ? row.value.toFixed(places) : null;
}

const range = (from: string, to: string) => ({ from, to });

describe("metric snapshots", () => {
  it("computes each day as of that day: NAV between marks, nothing from a holding after its exit, no IRR row while it is undefined", async () => {
    const { investor, portfolio, solar, hydro } = await fund();
    const org = investor.org.id;
    for (const day of ["2024-03-15", "2024-05-01", "2024-05-20", "2024-07-01"]) await backfillMetricSnapshots(db, investor, portfolio.id, range(day, day));

    // 15 Mar: both called, no mark yet; one flow each, so no IRR for either holding.
    expect(await valueOn(org, portfolio.id, "nav", "2024-03-15")).toBe("0.0000");
    expect(await valueOn(org, portfolio.id, "paid_in", "2024-03-15")).toBe("1500.0000");
    expect(await valueOn(org, solar.id, "net_irr", "2024-03-15")).toBeNull();
    expect(await valueOn(org, solar.id, "gross_irr", "2024-03-15")).toBeNull();

    // 1 May, between Solar's marks: 1,100 + 600; MOIC (0 + 1,700) / 1,500.
    expect(await valueOn(org, portfolio.id, "nav", "2024-05-01")).toBe("1700.0000");
    expect(await valueOn(org, portfolio.id, "moic", "2024-05-01")).toBe("1.1333");
    expect(await valueOn(org, hydro.id, "nav", "2024-05-01")).toBe("600.0000");
    expect(await valueOn(org, solar.id, "net_irr", "2024-05-01")).not.toBeNull();

    // 20 May, after Hydro's exit: only Solar's 1,100 is held; 700 distributed; MOIC (700 + 1,100) / 1,500 = 1.2.
    expect(await valueOn(org, portfolio.id, "nav", "2024-05-20")).toBe("1100.0000");
    expect(await valueOn(org, portfolio.id, "distributed", "2024-05-20")).toBe("700.0000");
    expect(await valueOn(org, portfolio.id, "moic", "2024-05-20")).toBe("1.2000");
    expect(await valueOn(org, portfolio.id, "dpi", "2024-05-20")).toBe("0.4667");
    expect(await valueOn(org, hydro.id, "nav", "2024-05-20")).toBe("0.0000");
    expect(await valueOn(org, hydro.id, "moic", "2024-05-20")).toBe("1.4000");

    // 1 Jul, after Solar's second mark: the snapshot agrees with the page, which reads the whole ledger.
    const view = await getPortfolioView(investor, portfolio.id);
    expect(await valueOn(org, portfolio.id, "nav", "2024-07-01")).toBe(Number(view.metrics.nav).toFixed(4));
    expect(await valueOn(org, portfolio.id, "moic", "2024-07-01")).toBe(Number(view.metrics.gross.moic).toFixed(4));
    expect(view.metrics.netIrr.kind).toBe("rate");
    const netIrr = await valueOn(org, portfolio.id, "net_irr", "2024-07-01", 6);
    expect(Number(netIrr)).toBeCloseTo(view.metrics.netIrr.kind === "rate" ? view.metrics.netIrr.rate : Number.NaN, 6);
  });

  it("changes nothing when a day is run again", async () => {
    const { investor, portfolio } = await fund();
    const first = await backfillMetricSnapshots(db, investor, portfolio.id, range("2024-05-01", "2024-05-01"));
    const before = await rowsOf(investor.org.id);
    // Both holdings and the fund: nav, net and gross IRR, four multiples, paid in, distributed.
    expect(first.rowsWritten).toBe(27);
    expect(before).toHaveLength(27);
    const again = await backfillMetricSnapshots(db, investor, portfolio.id, range("2024-05-01", "2024-05-01"));
    expect(again.rowsWritten).toBe(0);
    expect(await rowsOf(investor.org.id)).toEqual(before);
  });

  it("backfills a range through the job: one row per entity, metric and day, progress per day, nothing new the second time", async () => {
    const { investor, portfolio, solar, hydro } = await fund();
    const progress: [number, number][] = [];
    const direct = await backfillMetricSnapshots(db, investor, portfolio.id, range("2024-05-10", "2024-05-20"), async (done, total) => {
      progress.push([done, total]);
    });
    expect(direct.days).toBe(11);
    expect(progress[0]).toEqual([0, 11]);
    expect(progress.at(-1)).toEqual([11, 11]);

    signIn(investor);
    const asked = await backfillPortfolioSnapshotsAction({ portfolioId: portfolio.id, from: "2024-05-01", to: "2024-05-31" });
    expect(asked?.data).toEqual({ portfolioId: portfolio.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: investor.org.id, action: "portfolio.snapshots_backfill_requested" } });
    expect(audit.changes).toMatchObject({ after: { from: "2024-05-01", to: "2024-05-31" } });
    await drainJobs();
    const run = await db.jobRun.findFirstOrThrow({ where: { orgId: investor.org.id, jobId: "portfolio-backfill-metric-snapshots" } });
    expect(run).toMatchObject({ status: "COMPLETED", progressDone: 31, progressTotal: 31, entityType: "Portfolio", entityId: portfolio.id });

    const rows = await rowsOf(investor.org.id);
    const keys = new Set(rows.map((row) => `${row.entityId}/${row.metricType}/${row.snapshotDate.toISOString()}`));
    expect(keys.size).toBe(rows.length);
    for (const entityId of [portfolio.id, solar.id, hydro.id]) {
      const navDays = rows.filter((row) => row.entityId === entityId && row.metricType === "nav");
      expect(navDays).toHaveLength(31);
    }
    expect(rows.filter((row) => row.entityId === portfolio.id)).toHaveLength(31 * 9);

    // The same range again: the job runs and writes nothing.
    const again = await backfillPortfolioSnapshotsAction({ portfolioId: portfolio.id, from: "2024-05-01", to: "2024-05-31" });
    expect(again?.data).toBeTruthy();
    await drainJobs();
    expect(await db.metricSnapshot.count({ where: { orgId: investor.org.id } })).toBe(rows.length);
  });

  it("refuses another org's portfolio (404, nothing asked), a range over ten years, a reversed range and days to come", async () => {
    const { investor, portfolio } = await fund();
    const rival = await createTenant({ type: "INVESTOR", role: "admin" });
    signIn(rival);
    const refused = await backfillPortfolioSnapshotsAction({ portfolioId: portfolio.id, from: "2024-05-01", to: "2024-05-31" });
    expect(refused?.serverError).toMatchObject({ code: "NOT_FOUND" });
    await expect(backfillMetricSnapshots(db, rival as Actor, portfolio.id, range("2024-05-01", "2024-05-02"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.outboxEvent.count({ where: { orgId: { in: [investor.org.id, rival.org.id] }, name: "portfolio.snapshots_backfill_requested" } })).toBe(0);
    expect(await db.metricSnapshot.count({ where: { orgId: { in: [investor.org.id, rival.org.id] } } })).toBe(0);

    signIn(investor);
    const long = await backfillPortfolioSnapshotsAction({ portfolioId: portfolio.id, from: "2014-01-01", to: "2024-05-31" });
    expect(long?.validationErrors).toMatchObject({ fieldErrors: { from: ["Backfill at most ten years at a time."] } });
    const reversed = await backfillPortfolioSnapshotsAction({ portfolioId: portfolio.id, from: "2024-05-31", to: "2024-05-01" });
    expect(reversed?.validationErrors).toMatchObject({ fieldErrors: { to: ["The last day is before the first."] } });
    const future = await backfillPortfolioSnapshotsAction({ portfolioId: portfolio.id, from: "2024-05-01", to: "2999-01-01" });
    expect(future?.validationErrors).toMatchObject({ fieldErrors: { to: ["The last day is in the future."] } });
  });
});
