import type { Prisma } from "@/lib/db/generated/client";

/**
 * The return multiples of a holding or a portfolio, in exact decimals (CONTRIBUTING: money is never
 * a float). Unrounded: round to 4 places only when formatting, so a sum of holdings and its parts agree.
 *
 * - TVPI (total value to paid-in) = (distributed + NAV) / paid-in: what each unit paid in is worth now.
 * - DPI (distributions to paid-in) = distributed / paid-in: the realised part of it; TVPI = DPI + RVPI.
 * - RVPI (residual value to paid-in) = NAV / paid-in: the part still held.
 * - MOIC (multiple on invested capital) is the same ratio. The names differ by use, not arithmetic:
 *   MOIC is usually quoted per investment and gross of fees (what the deal made), TVPI at fund or
 *   portfolio level and net of fees (what the investor made).
 *
 * Gross or net is the caller's choice of paid-in: gross leaves fees out of it, net counts them as
 * paid in (summarizeFlows does both). null when nothing was paid in: no multiple of nothing exists.
 * A paid-in below zero (refunds larger than calls, a ledger error) is treated the same way.
 */
export type Multiples = { moic: Prisma.Decimal | null; tvpi: Prisma.Decimal | null; dpi: Prisma.Decimal | null; rvpi: Prisma.Decimal | null };

export function computeMultiples(input: { paidIn: Prisma.Decimal; distributed: Prisma.Decimal; nav: Prisma.Decimal }): Multiples {
  const { paidIn, distributed, nav } = input;
  if (paidIn.lte(0)) return { moic: null, tvpi: null, dpi: null, rvpi: null };
  const totalValue = distributed.plus(nav).dividedBy(paidIn);
  return { moic: totalValue, tvpi: totalValue, dpi: distributed.dividedBy(paidIn), rvpi: nav.dividedBy(paidIn) };
}
