import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { convertOnTable } from "@/lib/fx/convert-on-table";
import { isoDay } from "@/lib/fx/fx-table";
import { loadFxHistory } from "@/lib/fx/load-fx-history";

type Commitment = { committedAmount: { toString(): string }; currency: string; investmentDate: Date };
export type CommittedInBase = { total: string; missing: string[] };

/**
 * The holdings' commitments in the portfolio's currency, each at the rate of its investment date.
 * A missing rate is named in `missing` and leaves that commitment out, never guessed.
 */
export async function committedInBase(holdings: readonly Commitment[], base: string): Promise<CommittedInBase> {
  return (
    await committedInBaseByPortfolio(
      [{ id: "", currency: base }],
      [...holdings].map((h) => ({ ...h, portfolioId: "" })),
    )
  ).get("")!;
}

/** committedInBase for many portfolios at once, with one rate load for all of them (the list page). */
export async function committedInBaseByPortfolio(
  portfolios: readonly { id: string; currency: string }[],
  holdings: readonly (Commitment & { portfolioId: string })[],
): Promise<Map<string, CommittedInBase>> {
  const baseOf = new Map(portfolios.map((p) => [p.id, p.currency]));
  const history = await loadFxHistory(
    db,
    holdings.map((h) => isoDay(h.investmentDate)),
    [...holdings.map((h) => h.currency), ...portfolios.map((p) => p.currency)],
  );
  const totals = new Map(portfolios.map((p) => [p.id, { total: new Prisma.Decimal(0), missing: [] as string[] }]));
  for (const h of holdings) {
    const sum = totals.get(h.portfolioId);
    if (!sum) continue;
    const amount = new Prisma.Decimal(h.committedAmount.toString()).toFixed(4);
    const result = convertOnTable(history.tableOn(isoDay(h.investmentDate)), amount, h.currency, baseOf.get(h.portfolioId)!);
    if ("missing" in result) sum.missing.push(result.missing);
    else sum.total = sum.total.add(result.amount);
  }
  return new Map([...totals].map(([id, sum]) => [id, { total: sum.total.toFixed(4), missing: sum.missing }]));
}
