import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { committedInBase } from "./committed-in-base";
import { computePortfolioFigures } from "./compute-portfolio-figures";
import { getPortfolioOrThrow } from "./get-portfolio-or-throw";
import { loadPortfolioFlows } from "./load-portfolio-flows";
import type { PortfolioDto, PortfolioViewDto } from "./portfolio-dtos";
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
  const committed = await committedInBase(holdings, portfolio.currency);
  const figures = computePortfolioFigures(
    holdings.map((h) => ({ status: h.status, exitDay: h.exitDate ? dayOf(h.exitDate) : null, flows: ledger.byHolding(h.id) })),
    ledger.all,
  );
  return {
    portfolio: toPortfolioDto(portfolio),
    committed: committed.total,
    committedMissing: committed.missing,
    metrics: figures.metrics,
    holdings: holdings.map((h, index) => {
      const row = figures.holdings[index]!;
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
        paidIn: row.paidIn,
        distributed: row.distributed,
        nav: row.nav,
        moic: row.moic,
        netIrr: row.netIrr,
      };
    }),
    navSeries: figures.navSeries,
    jCurve: figures.jCurve,
  };
}
