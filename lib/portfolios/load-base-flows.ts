import { db } from "@/lib/db/client";
import type { BaseFlow } from "./ledger-metrics";
import type { CashFlowKind } from "./portfolio-constants";
import { dayOf } from "./today-iso";

/** Every flow of the given holdings of the org, in base currency, by holding, in date order. */
export async function loadBaseFlows(scope: { org: { id: string } }, holdingIds: readonly string[]): Promise<Map<string, BaseFlow[]>> {
  const rows = await db.portfolioCashFlow.findMany({
    where: { orgId: scope.org.id, holdingId: { in: [...holdingIds] } },
    select: { holdingId: true, kind: true, flowDate: true, amountBase: true },
    orderBy: [{ flowDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  const byHolding = new Map<string, BaseFlow[]>(holdingIds.map((id) => [id, []]));
  for (const row of rows) byHolding.get(row.holdingId)!.push({ kind: row.kind as CashFlowKind, day: dayOf(row.flowDate), amountBase: row.amountBase.toFixed(4) });
  return byHolding;
}
