import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getPortfolioOrThrow } from "../get-portfolio-or-throw";
import { CASH_FLOW_KIND_LABELS, type CashFlowKind } from "../portfolio-constants";
import { dayOf } from "../today-iso";
import type { ExportColumn, ExportTable } from "./export-table";

const COLUMNS: ExportColumn[] = [
  { header: "Project", type: "text", width: 32 },
  { header: "Date", type: "day", width: 12 },
  { header: "Kind", type: "text", width: 30 },
  { header: "Amount", type: "money", width: 16 },
  { header: "Currency", type: "text", width: 9 },
  { header: "Amount in base", type: "money", width: 16 },
  { header: "Base currency", type: "text", width: 13 },
  { header: "FX rate", type: "fx", width: 14 },
  { header: "Rate date", type: "day", width: 12 },
  { header: "Rate source", type: "text", width: 12 },
  { header: "Note", type: "text", width: 40 },
];

/** Every flow of every holding of the portfolio, by date, with the conversion each was stored with. */
export async function cashFlowsExportTable(scope: Pick<TenantContext, "org">, portfolioId: string): Promise<ExportTable & { portfolioName: string }> {
  const portfolio = await getPortfolioOrThrow(scope, portfolioId);
  const flows = await db.portfolioCashFlow.findMany({
    where: { orgId: scope.org.id, holding: { orgId: scope.org.id, portfolioId: portfolio.id } },
    include: { holding: { select: { currency: true, project: { select: { name: true } } } } },
    orderBy: [{ flowDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  const rows = flows.map((flow) => [
    flow.holding.project.name,
    dayOf(flow.flowDate),
    CASH_FLOW_KIND_LABELS[flow.kind as CashFlowKind] ?? flow.kind,
    flow.amount.toFixed(4),
    flow.holding.currency,
    flow.amountBase.toFixed(4),
    portfolio.currency,
    flow.fxRate.toFixed(10),
    dayOf(flow.fxRateDate),
    flow.fxSource,
    flow.note,
  ]);
  return { sheetName: "Cash flows", columns: COLUMNS, rows, portfolioName: portfolio.name };
}
