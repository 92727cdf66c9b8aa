import { Prisma } from "@/lib/db/generated/client";
import { convertOnTable } from "@/lib/fx/convert-on-table";
import { type FxQuote, isoDay } from "@/lib/fx/fx-table";
import { loadCommitmentQuotes } from "./load-commitment-quotes";

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

/**
 * committedInBase for many portfolios at once (the list page). A conversion reads two quotes, the
 * holding's currency's and the portfolio's on the investment date: only those are loaded
 * (loadCommitmentQuotes), where loadFxHistory loaded every currency on every investment day (for
 * 500 holdings, 1,500 quotes through Prisma's raw rows and a table per day).
 */
export async function committedInBaseByPortfolio(
  portfolios: readonly { id: string; currency: string }[],
  holdings: readonly (Commitment & { portfolioId: string })[],
): Promise<Map<string, CommittedInBase>> {
  const baseOf = new Map(portfolios.map((p) => [p.id, p.currency]));
  const conversions = holdings.flatMap((h) => {
    const base = baseOf.get(h.portfolioId);
    return base === undefined ? [] : [{ holding: h, day: isoDay(h.investmentDate), base }];
  });
  const quotes = await loadCommitmentQuotes(
    conversions.flatMap(({ holding, day, base }) =>
      holding.currency === base
        ? []
        : [
            { day, currency: holding.currency },
            { day, currency: base },
          ],
    ),
  );
  const totals = new Map(portfolios.map((p) => [p.id, { total: new Prisma.Decimal(0), missing: [] as string[] }]));
  for (const { holding, day, base } of conversions) {
    const sum = totals.get(holding.portfolioId)!;
    const onDay = new Map<string, FxQuote>();
    for (const currency of [holding.currency, base]) {
      const quote = quotes.get(`${day} ${currency}`);
      if (quote) onDay.set(currency, quote);
    }
    const amount = new Prisma.Decimal(holding.committedAmount.toString()).toFixed(4);
    const result = convertOnTable({ onDate: day, quotes: onDay }, amount, holding.currency, base);
    if ("missing" in result) sum.missing.push(result.missing);
    else sum.total = sum.total.add(result.amount);
  }
  return new Map([...totals].map(([id, sum]) => [id, { total: sum.total.toFixed(4), missing: sum.missing }]));
}
