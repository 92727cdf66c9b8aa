import type { Tx } from "@/lib/db/create-db-client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import type { BaseFlow } from "../ledger-metrics";
import type { CashFlowKind } from "../portfolio-constants";
import { dayOf } from "../today-iso";
import type { SnapshotLedger } from "./compute-snapshot-rows";

/**
 * The org's portfolio with every holding and flow (in base currency, as the page reads them), in
 * three queries whatever the range snapshotted. Takes the client, so the seed backfills through
 * the same code. Another org's portfolio answers like a missing one.
 */
export async function loadSnapshotLedger(client: Tx, scope: { org: { id: string } }, portfolioId: string): Promise<SnapshotLedger> {
  const portfolio = looksLikeUuid(portfolioId)
    ? await client.portfolio.findFirst({ where: { id: portfolioId, orgId: scope.org.id }, select: { id: true, currency: true } })
    : null;
  if (!portfolio) throw notFound("Portfolio");
  const holdings = await client.portfolioHolding.findMany({
    where: { orgId: scope.org.id, portfolioId: portfolio.id },
    select: { id: true, status: true, exitDate: true },
    orderBy: [{ investmentDate: "asc" }, { id: "asc" }],
  });
  const rows = await client.portfolioCashFlow.findMany({
    where: { orgId: scope.org.id, holding: { portfolioId: portfolio.id } },
    select: { holdingId: true, kind: true, flowDate: true, amountBase: true },
    orderBy: [{ flowDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  const flows = new Map<string, BaseFlow[]>(holdings.map((h) => [h.id, []]));
  for (const row of rows) flows.get(row.holdingId)?.push({ kind: row.kind as CashFlowKind, day: dayOf(row.flowDate), amountBase: row.amountBase.toFixed(4) });
  return {
    orgId: scope.org.id,
    portfolioId: portfolio.id,
    currency: portfolio.currency,
    // An exited holding without a date (none should exist) counts as gone from its first day, never as still held.
    holdings: holdings.map((h) => ({ id: h.id, exitDay: h.exitDate ? dayOf(h.exitDate) : h.status === "ACTIVE" ? null : "0000-01-01", flows: flows.get(h.id)! })),
  };
}
