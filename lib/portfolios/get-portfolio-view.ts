import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { committedInBase } from "./committed-in-base";
import { computeParsedPortfolioFigures, computePortfolioFigures, type PortfolioFigures } from "./compute-portfolio-figures";
import { getPortfolioOrThrow } from "./get-portfolio-or-throw";
import { loadPortfolioHoldings } from "./load-portfolio-holdings";
import { loadPortfolioFlowLines, loadPortfolioFlows, type PortfolioFlows } from "./load-portfolio-flows";
import { groupFlowsByHolding } from "./metrics/group-flows-by-holding";
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

type FigureRow = { id: string; status: string; exitDay: string | null };

function parsedFigures(rows: readonly FigureRow[], ledger: PortfolioFlows): PortfolioFigures | null {
  const placeOf = new Map(rows.map((row, index) => [row.id, index]));
  const positionOf = Int32Array.from(ledger.holdingIds, (id) => placeOf.get(id) ?? -1);
  return computeParsedPortfolioFigures(rows, ledger.ledger, groupFlowsByHolding(ledger, positionOf, rows.length));
}

/** The figures from the ledger as text, for one loadPortfolioFlows does not parse: computePortfolioFigures takes it from there, Prisma.Decimal included. */
async function figuresFromLines(scope: { org: { id: string } }, portfolioId: string, rows: readonly FigureRow[]): Promise<PortfolioFigures> {
  const lines = await loadPortfolioFlowLines(scope, portfolioId);
  return computePortfolioFigures(
    rows.map((row) => ({ ...row, flows: lines.byHolding(row.id) })),
    lines.all,
  );
}

/** A portfolio with its metrics from the ledger, per holding and in total, and the series its charts draw. */
export async function getPortfolioView(scope: { org: { id: string } }, portfolioId: string): Promise<PortfolioViewDto> {
  // An id the statements could not cast is not found before any of them runs.
  if (!looksLikeUuid(portfolioId)) await getPortfolioOrThrow(scope, portfolioId);
  // Scoped to the org like the portfolio, the holdings and the ledger need not wait for it (another
  // org's id finds none, then not found is thrown); the rates wait for both, the ledger for neither.
  const loadingPortfolio = getPortfolioOrThrow(scope, portfolioId);
  const loadingHoldings = loadPortfolioHoldings(scope, portfolioId);
  const [portfolio, holdings, committed, ledger] = await Promise.all([
    loadingPortfolio,
    loadingHoldings,
    Promise.all([loadingPortfolio, loadingHoldings]).then(([found, loaded]) => committedInBase(loaded, found.currency)),
    loadPortfolioFlows(scope, portfolioId),
  ]);
  const rows = holdings.map((h) => ({ id: h.id, status: h.status, exitDay: h.exitDate ? dayOf(h.exitDate) : null }));
  const figures = (ledger && parsedFigures(rows, ledger)) || (await figuresFromLines(scope, portfolioId, rows));
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
        projectName: h.projectName,
        offPlatform: h.offPlatform,
        currency: h.currency,
        status: h.status,
        investmentDate: dayOf(h.investmentDate),
        exitDate: h.exitDate ? dayOf(h.exitDate) : null,
        committed: h.committedAmount,
        invested: h.investedAmount,
        currentValue: h.currentValue,
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
