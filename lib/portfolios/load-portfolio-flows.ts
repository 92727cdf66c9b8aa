import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { BaseFlow } from "./ledger-metrics";
import type { CashFlowKind } from "./portfolio-constants";

type FlowRow = { holding_id: string; kind: string; day: string; amount_base: string };

/**
 * Every flow of a portfolio's holdings, in base currency, in date order, all together and by holding: loadBaseFlows
 * for a whole portfolio in one statement that returns text (no Decimal or Date per row: at 20,000
 * flows Prisma's row mapping cost more than the query). numeric(19,4) prints with its 4 places.
 */
export async function loadPortfolioFlows(scope: Pick<TenantContext, "org">, portfolioId: string): Promise<{ all: BaseFlow[]; byHolding(id: string): BaseFlow[] }> {
  const rows = await db.$queryRaw<FlowRow[]>`
    SELECT f.holding_id::text AS holding_id, f.kind, to_char(f.flow_date, 'YYYY-MM-DD') AS day, f.amount_base::text AS amount_base
      FROM portfolio_cash_flows f
      JOIN portfolio_holdings h ON h.id = f.holding_id AND h.org_id = ${scope.org.id}::uuid
     WHERE f.org_id = ${scope.org.id}::uuid AND h.portfolio_id = ${portfolioId}::uuid
     ORDER BY f.flow_date, f.created_at, f.id`;
  const all: BaseFlow[] = [];
  const byHolding = new Map<string, BaseFlow[]>();
  for (const row of rows) {
    const flow = { kind: row.kind as CashFlowKind, day: row.day, amountBase: row.amount_base };
    all.push(flow);
    const list = byHolding.get(row.holding_id);
    if (list) list.push(flow);
    else byHolding.set(row.holding_id, [flow]);
  }
  return { all, byHolding: (id) => byHolding.get(id) ?? [] };
}
