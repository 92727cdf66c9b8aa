import type { Tx } from "@/lib/db/create-db-client";

/**
 * Keeps a holding's summary columns in step with its ledger, in the caller's transaction:
 * invested_amount is the capital called to date, current_value the latest valuation (nothing
 * until the first mark). A holding exited or written off is worth nothing any more.
 */
export async function syncHoldingFromFlows(tx: Tx, holdingId: string) {
  const [called] = await tx.$queryRaw<{ called: string }[]>`
    SELECT COALESCE(SUM(amount), 0)::text AS called FROM portfolio_cash_flows WHERE holding_id = ${holdingId}::uuid AND kind = 'capital_call'`;
  const holding = await tx.portfolioHolding.findUniqueOrThrow({ where: { id: holdingId }, select: { status: true } });
  const latest = await tx.portfolioCashFlow.findFirst({
    where: { holdingId, kind: "valuation" },
    orderBy: [{ flowDate: "desc" }, { createdAt: "desc" }],
    select: { amount: true },
  });
  const currentValue = holding.status === "ACTIVE" ? (latest?.amount ?? null) : "0";
  await tx.portfolioHolding.update({ where: { id: holdingId }, data: { investedAmount: called!.called, currentValue } });
}
