import { Prisma } from "@/lib/db/generated/client";
import { convertAmount } from "@/lib/fx/convert-amount";

type Commitment = { committedAmount: { toString(): string }; currency: string; investmentDate: Date };

/**
 * The holdings' commitments in the portfolio's currency, each at the rate of its investment date.
 * A missing rate is named in `missing` and leaves that commitment out, never guessed.
 */
export async function committedInBase(holdings: readonly Commitment[], base: string): Promise<{ total: string; missing: string[] }> {
  const converted = await Promise.all(
    holdings.map((h) => convertAmount(new Prisma.Decimal(h.committedAmount.toString()).toFixed(4), h.currency, base, h.investmentDate)),
  );
  let total = new Prisma.Decimal(0);
  const missing: string[] = [];
  for (const result of converted) {
    if ("missing" in result) missing.push(result.missing);
    else total = total.add(result.amount);
  }
  return { total: total.toFixed(4), missing };
}
