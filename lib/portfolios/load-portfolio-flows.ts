import { db } from "@/lib/db/client";
import type { BaseFlow } from "./ledger-metrics";
import { type HoldingLedger, parseLedgerText } from "./metrics/parse-ledger-text";
import type { CashFlowKind } from "./portfolio-constants";

/** A portfolio's ledger parsed (parseLedgerText), its holdings named by id: holdingOf's positions index holdingIds. */
export type PortfolioFlows = HoldingLedger & { holdingIds: readonly string[] };

/**
 * Every flow of a portfolio's holdings, in base currency, in ledger order (day, then as recorded),
 * parsed for the metrics. The statement prints each flow as three numbers (holding position and
 * kind in one, the day as days since 1970, the amount), a third of the text the day and holding
 * id as text made, and the parse reads it into arrays with no string or object per flow (npm run
 * bench, portfolio-dashboard). null when a flow is not what the metrics parse (see
 * parseLedgerText): loadPortfolioFlowLines then gives the ledger as text for the Decimal path.
 */
export async function loadPortfolioFlows(scope: { org: { id: string } }, portfolioId: string): Promise<PortfolioFlows | null> {
  const [row] = await db.$queryRaw<{ holding_ids: string | null; count: number; flows: string | null }[]>`
    WITH holdings AS (
      SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS position
        FROM portfolio_holdings WHERE org_id = ${scope.org.id}::uuid AND portfolio_id = ${portfolioId}::uuid)
    SELECT (SELECT string_agg(id::text, ' ' ORDER BY position) FROM holdings) AS holding_ids, count(*)::int AS count,
           string_agg((h.position * 8 + CASE f.kind WHEN 'capital_call' THEN 0 WHEN 'fee' THEN 1 WHEN 'distribution_income' THEN 2
                                                    WHEN 'distribution_return_of_capital' THEN 3 WHEN 'exit_proceeds' THEN 4 WHEN 'valuation' THEN 5 ELSE 7 END)
                      || ' ' || CASE WHEN f.flow_date BETWEEN date '0001-01-01' AND date '9999-12-31' THEN (f.flow_date - date '1970-01-01')::text ELSE 'x' END
                      || ' ' || f.amount_base::text, ' ' ORDER BY f.flow_date, f.created_at, f.id) AS flows
      FROM portfolio_cash_flows f
      JOIN holdings h ON h.id = f.holding_id
     WHERE f.org_id = ${scope.org.id}::uuid`;
  const parsed = parseLedgerText(row?.flows ?? "", row?.count ?? 0);
  return parsed && { ...parsed, holdingIds: row?.holding_ids ? row.holding_ids.split(" ") : [] };
}

/**
 * The same ledger as text, all together and by holding, for a ledger loadPortfolioFlows would not
 * parse: a line per flow ("holding kind day amount"). numeric(19,4) prints with its 4 places;
 * kinds and uuids hold no spaces.
 */
export async function loadPortfolioFlowLines(scope: { org: { id: string } }, portfolioId: string): Promise<{ all: BaseFlow[]; byHolding(id: string): BaseFlow[] }> {
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
