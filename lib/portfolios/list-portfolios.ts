import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { committedInBaseByPortfolio } from "./committed-in-base";
import type { PortfolioListRowDto } from "./portfolio-dtos";

type TotalsRow = { portfolio_id: string; holdings: bigint; called: string; distributed: string; nav: string };

/**
 * The org's portfolios with their totals in base currency, summed in SQL from the ledger: called
 * (capital calls), distributed (distributions and exit proceeds), NAV (each active holding's
 * latest valuation, converted at that valuation's date); commitments converted with one rate load for all.
 */
export async function listPortfolios(scope: { org: { id: string } }): Promise<PortfolioListRowDto[]> {
  const orgId = scope.org.id;
  const [portfolios, totals, holdings] = await Promise.all([
    db.portfolio.findMany({ where: { orgId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }] }),
    db.$queryRaw<TotalsRow[]>`
      SELECT h.portfolio_id::text AS portfolio_id, COUNT(*) AS holdings,
             COALESCE(SUM(f.called), 0)::text AS called, COALESCE(SUM(f.distributed), 0)::text AS distributed,
             COALESCE(SUM(CASE WHEN h.status = 'ACTIVE' THEN v.amount_base END), 0)::text AS nav
        FROM portfolio_holdings h
        LEFT JOIN LATERAL (
          SELECT SUM(amount_base) FILTER (WHERE kind = 'capital_call') AS called,
                 SUM(amount_base) FILTER (WHERE kind IN ('distribution_income', 'distribution_return_of_capital', 'exit_proceeds')) AS distributed
            FROM portfolio_cash_flows WHERE holding_id = h.id AND org_id = ${orgId}::uuid) f ON true
        LEFT JOIN LATERAL (
          SELECT amount_base FROM portfolio_cash_flows
           WHERE holding_id = h.id AND org_id = ${orgId}::uuid AND kind = 'valuation'
           ORDER BY flow_date DESC, created_at DESC LIMIT 1) v ON true
       WHERE h.org_id = ${orgId}::uuid
       GROUP BY h.portfolio_id`,
    db.portfolioHolding.findMany({ where: { orgId }, select: { portfolioId: true, committedAmount: true, currency: true, investmentDate: true } }),
  ]);
  const byPortfolio = new Map(totals.map((row) => [row.portfolio_id, row]));
  const committedBy = await committedInBaseByPortfolio(portfolios, holdings);
  return portfolios.map((portfolio) => {
    const row = byPortfolio.get(portfolio.id);
    const committed = committedBy.get(portfolio.id)!;
    const nav = new Prisma.Decimal(row?.nav ?? "0").toFixed(4);
    const distributed = new Prisma.Decimal(row?.distributed ?? "0").toFixed(4);
    return {
      id: portfolio.id,
      name: portfolio.name,
      currency: portfolio.currency,
      status: portfolio.status,
      vintageYear: portfolio.vintageYear,
      strategy: portfolio.strategy,
      holdings: Number(row?.holdings ?? 0),
      committed: committed.total,
      committedMissing: committed.missing,
      called: new Prisma.Decimal(row?.called ?? "0").toFixed(4),
      distributed,
      nav,
      unrealised: nav,
      realised: distributed,
    };
  });
}
