import { Prisma } from "../../lib/db/generated/client";
import { convertAmountWith } from "../../lib/fx/convert-amount-with";
import type { CashFlowKind } from "../../lib/portfolios/portfolio-constants";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { day, demoId } from "./demo-ids";
import { HOLDINGS, holdingId, portfolioId } from "./seed-portfolio";

export type DemoFlow = [kind: CashFlowKind, day: string, amount: number, note?: string];

/**
 * Each Fund I holding's ledger in its own currency. Kisumu (USD, as the fund) has two years of
 * quarterly marks, lease income and a little capital back. Mount Elgon (EUR) was invested in March
 * 2026 and its marks stop at 13 April 2026, the last ECB rate shipped with the project: a later
 * EUR flow would have no rate to convert at, and the app would refuse it. Calls sum to each
 * holding's invested_amount and the last mark is its current_value (checked below).
 */
const LEDGERS: Record<keyof typeof HOLDINGS, DemoFlow[]> = {
  kisumu: [
    ["capital_call", "2025-02-14", 1_200_000, "First drawdown at financial close"],
    ["fee", "2025-02-14", 24_000, "Arrangement fee, 1% of the commitment"],
    ["valuation", "2025-03-31", 1_230_000],
    ["capital_call", "2025-06-16", 720_000, "Second drawdown: 18 school sites"],
    ["valuation", "2025-06-30", 1_980_000],
    ["valuation", "2025-09-30", 2_050_000],
    ["capital_call", "2025-10-15", 480_000, "Final drawdown"],
    ["valuation", "2025-12-31", 2_610_000],
    ["distribution_income", "2026-01-30", 96_000, "Lease income, H2 2025"],
    ["valuation", "2026-03-31", 2_700_000],
    ["fee", "2026-04-15", 12_000, "Monitoring fee 2026"],
    ["valuation", "2026-06-30", 2_790_000],
    ["distribution_income", "2026-07-31", 104_000, "Lease income, H1 2026"],
    ["valuation", "2026-08-26", HOLDINGS.kisumu.navNinetyDaysAgo],
    ["valuation", "2026-09-30", 2_870_000],
    ["distribution_return_of_capital", "2026-10-30", 60_000, "Shareholder loan repaid in part"],
    ["valuation", "2026-11-20", HOLDINGS.kisumu.current],
  ],
  mtElgon: [
    ["capital_call", "2026-03-06", 3_400_000, "First drawdown: weir and intake"],
    ["fee", "2026-03-06", 85_000, "Arrangement fee, 1% of the commitment"],
    ["valuation", "2026-03-31", 3_420_000],
    ["capital_call", "2026-04-10", 2_720_000, "Second drawdown: penstock and powerhouse"],
    ["valuation", "2026-04-13", HOLDINGS.mtElgon.current],
  ],
};

/** Fund I's ledgers, converted to USD by the app's own conversion against the seeded ECB rates (seedFxRates runs first). */
export async function seedPortfolioCashFlows(db: FactoryDb, ctx: DemoContext) {
  const fund = await db.portfolio.findUniqueOrThrow({ where: { id: portfolioId }, select: { currency: true } });
  for (const key of Object.keys(LEDGERS) as (keyof typeof HOLDINGS)[]) {
    const holding = HOLDINGS[key];
    const flows = LEDGERS[key];
    const called = flows.filter(([kind]) => kind === "capital_call").reduce((sum, [, , amount]) => sum + amount, 0);
    const marks = flows.filter(([kind]) => kind === "valuation");
    if (called !== holding.invested || marks[marks.length - 1]![2] !== holding.current) throw new Error(`The ${key} ledger does not agree with its holding row.`);
    const rows = await toDemoFlowRows(db, ctx, {
      holdingId: holdingId(key),
      label: `northwind/holding/${key}`,
      currency: holding.currency,
      baseCurrency: fund.currency,
      flows,
    });
    await db.portfolioCashFlow.createMany({ skipDuplicates: true, data: rows });
  }
}

/** A demo ledger as rows, each converted by the app's own conversion at its date's seeded rate (Priya recorded them). */
export async function toDemoFlowRows(
  db: FactoryDb,
  ctx: DemoContext,
  holding: { holdingId: string; label: string; currency: string; baseCurrency: string; flows: DemoFlow[] },
) {
  const rows = [];
  for (const [index, [kind, on, amount, note]] of holding.flows.entries()) {
    const text = amount.toFixed(4);
    const converted = await convertAmountWith(db, text, holding.currency, holding.baseCurrency, day(on));
    if ("missing" in converted) throw new Error(`Demo ${holding.label} flow on ${on}: ${converted.missing}`);
    rows.push({
      id: demoId(`${holding.label}/flow/${index}`),
      orgId: ctx.orgs.northwind,
      holdingId: holding.holdingId,
      kind,
      flowDate: day(on),
      amount: text,
      amountBase: converted.amount,
      fxRate: new Prisma.Decimal(converted.rate).toFixed(10),
      fxRateDate: day(converted.rateDate),
      fxSource: converted.source,
      note: note ?? null,
      createdBy: ctx.users.priya,
      createdAt: new Date(`${on}T10:00:00Z`),
    });
  }
  return rows;
}
