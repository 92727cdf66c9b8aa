import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { committedInBase } from "./committed-in-base";
import { getPortfolioOrThrow } from "./get-portfolio-or-throw";
import { computeLedgerMetrics, holdingNav, portfolioNav } from "./ledger-metrics";
import { loadPortfolioFlows } from "./load-portfolio-flows";
import type { PortfolioDto, PortfolioViewDto } from "./portfolio-dtos";
import { jCurveSeries, navSeries } from "./portfolio-series";
import { dayOf } from "./today-iso";

export function toPortfolioDto(p: Awaited<ReturnType<typeof getPortfolioOrThrow>>): PortfolioDto {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    currency: p.currency,
    targetSize: p.targetSize?.toFixed(4) ?? null,
    vintageYear: p.vintageYear,
    strategy: p.strategy,
    status: p.status,
  };
}

/** A portfolio with its metrics from the ledger, per holding and in total, and the series its charts draw. */
export async function getPortfolioView(scope: Pick<TenantContext, "org">, portfolioId: string): Promise<PortfolioViewDto> {
  const portfolio = await getPortfolioOrThrow(scope, portfolioId);
  const [holdings, ledger] = await Promise.all([
    db.portfolioHolding.findMany({
      where: { orgId: scope.org.id, portfolioId: portfolio.id },
      include: { project: { select: { name: true } } },
      orderBy: [{ investmentDate: "asc" }, { id: "asc" }],
    }),
    loadPortfolioFlows(scope, portfolio.id),
  ]);
  const flows = new Map(holdings.map((h) => [h.id, ledger.byHolding(h.id)]));
  const all = ledger.all;
  const committed = await committedInBase(holdings, portfolio.currency);
  return {
    portfolio: toPortfolioDto(portfolio),
    committed: committed.total,
    committedMissing: committed.missing,
    metrics: computeLedgerMetrics(all, portfolioNav(holdings.map((h) => ({ status: h.status, flows: flows.get(h.id)! })))),
    holdings: holdings.map((h) => {
      const metrics = computeLedgerMetrics(flows.get(h.id)!, holdingNav(h.status, flows.get(h.id)!));
      return {
        id: h.id,
        projectId: h.projectId,
        projectName: h.project.name,
        currency: h.currency,
        status: h.status,
        investmentDate: dayOf(h.investmentDate),
        exitDate: h.exitDate ? dayOf(h.exitDate) : null,
        committed: h.committedAmount.toFixed(4),
        invested: h.investedAmount.toFixed(4),
        currentValue: h.currentValue?.toFixed(4) ?? null,
        paidIn: metrics.paidIn,
        distributed: metrics.distributed,
        nav: metrics.nav,
        moic: metrics.net.moic,
        netIrr: metrics.netIrr,
      };
    }),
    navSeries: navSeries(holdings.map((h) => ({ flows: flows.get(h.id)!, exitDay: h.exitDate ? dayOf(h.exitDate) : null }))),
    jCurve: jCurveSeries(all),
  };
}
