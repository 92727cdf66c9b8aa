import { db } from "@/lib/db/client";
import { getHoldingOrThrow } from "./get-holding-or-throw";
import { computeLedgerMetrics, holdingNav } from "./ledger-metrics";
import type { CashFlowRowDto, HoldingViewDto } from "./portfolio-dtos";
import { toCashFlowRowDto } from "./to-cash-flow-row-dto";
import { dayOf } from "./today-iso";

/** A holding with its whole ledger (a holding's flows are a few per quarter) and its metrics in the portfolio's currency. */
export async function getHoldingView(scope: { org: { id: string } }, holdingId: string): Promise<HoldingViewDto> {
  const holding = await getHoldingOrThrow(scope, holdingId);
  const rows = await db.portfolioCashFlow.findMany({
    where: { orgId: scope.org.id, holdingId: holding.id },
    orderBy: [{ flowDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  const flows: CashFlowRowDto[] = rows.map(toCashFlowRowDto);
  const base = flows.map((f) => ({ kind: f.kind, day: f.day, amountBase: f.amountBase }));
  return {
    id: holding.id,
    portfolio: { id: holding.portfolio.id, name: holding.portfolio.name, currency: holding.portfolio.currency },
    project: {
      id: holding.project.id,
      name: holding.project.name,
      offPlatform: holding.offPlatform,
      description: holding.offPlatform ? holding.project.description : null,
    },
    currency: holding.currency,
    status: holding.status,
    investmentDate: dayOf(holding.investmentDate),
    committed: holding.committedAmount.toFixed(4),
    invested: holding.investedAmount.toFixed(4),
    currentValue: holding.currentValue?.toFixed(4) ?? null,
    ownershipPct: holding.ownershipPct?.toFixed(2) ?? null,
    exitDate: holding.exitDate ? dayOf(holding.exitDate) : null,
    exitProceeds: holding.exitProceeds?.toFixed(4) ?? null,
    flows,
    metrics: computeLedgerMetrics(base, holdingNav(holding.status, base)),
  };
}
