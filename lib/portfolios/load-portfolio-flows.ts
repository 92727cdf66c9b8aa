import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { BaseFlow } from "./ledger-metrics";
import type { CashFlowKind } from "./portfolio-constants";

/**
 * Every flow of a portfolio's holdings, in base currency, in date order, all together and by
 * holding: loadBaseFlows for a whole portfolio in one statement. The flows come back as one text,
 * a line per flow ("holding kind day amount"), because at 20,000 flows mapping 20,000 rows of four
 * columns cost the server more than the query itself (npm run bench, portfolio-dashboard).
 * numeric(19,4) prints with its 4 places; kinds and uuids hold no spaces.
 */
export async function loadPortfolioFlows(scope: Pick<TenantContext, "org">, portfolioId: string): Promise<{ all: BaseFlow[]; byHolding(id: string): BaseFlow[] }> {
  const [{ lines }] = await db.$queryRaw<{ lines: string | null }[]>`
    SELECT string_agg(f.holding_id::text || ' ' || f.kind || ' ' || to_char(f.flow_date, 'YYYY-MM-DD') || ' ' || f.amount_base::text, E'\n'
                      ORDER BY f.flow_date, f.created_at, f.id) AS lines
      FROM portfolio_cash_flows f
      JOIN portfolio_holdings h ON h.id = f.holding_id AND h.org_id = ${scope.org.id}::uuid
     WHERE f.org_id = ${scope.org.id}::uuid AND h.portfolio_id = ${portfolioId}::uuid`;
  const all: BaseFlow[] = [];
  const byHolding = new Map<string, BaseFlow[]>();
  for (const line of lines ? lines.split("\n") : []) {
    const [holdingId, kind, day, amountBase] = line.split(" ") as [string, CashFlowKind, string, string];
    const flow: BaseFlow = { kind, day, amountBase };
    all.push(flow);
    const list = byHolding.get(holdingId);
    if (list) list.push(flow);
    else byHolding.set(holdingId, [flow]);
  }
  return { all, byHolding: (id) => byHolding.get(id) ?? [] };
}
