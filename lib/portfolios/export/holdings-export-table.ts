import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getPortfolioView } from "../get-portfolio-view";
import { HOLDING_STATUS_LABELS } from "../portfolio-constants";
import type { ExportColumn, ExportTable } from "./export-table";

/** IRRs travel as fractions to 6 places (0.123456 is 12.35%), as a spreadsheet's XIRR answers. */
const irrCell = (irr: { kind: "rate"; rate: number } | { kind: "undefined" }) => (irr.kind === "rate" ? Math.round(irr.rate * 1e6) / 1e6 : null);

/**
 * Every holding of the portfolio with the amounts in its own currency and the ledger's metrics in
 * the portfolio's (the same figures as the holdings table, from getPortfolioView).
 */
export async function holdingsExportTable(scope: Pick<TenantContext, "org">, portfolioId: string): Promise<ExportTable & { portfolioName: string }> {
  const view = await getPortfolioView(scope, portfolioId);
  const base = view.portfolio.currency;
  const extra = new Map(
    (
      await db.portfolioHolding.findMany({
        where: { orgId: scope.org.id, portfolioId: view.portfolio.id },
        select: { id: true, ownershipPct: true, exitProceeds: true },
      })
    ).map((row) => [row.id, row]),
  );
  const columns: ExportColumn[] = [
    { header: "Project", type: "text", width: 32 },
    { header: "Status", type: "text", width: 12 },
    { header: "Currency", type: "text", width: 9 },
    { header: "Investment date", type: "day", width: 14 },
    { header: "Committed", type: "money", width: 16 },
    { header: "Invested", type: "money", width: 16 },
    { header: "Current value", type: "money", width: 16 },
    { header: "Ownership %", type: "percent", width: 12 },
    { header: "Exit date", type: "day", width: 12 },
    { header: "Exit proceeds", type: "money", width: 16 },
    { header: `Paid in (${base})`, type: "money", width: 16 },
    { header: `Distributed (${base})`, type: "money", width: 16 },
    { header: `NAV (${base})`, type: "money", width: 16 },
    { header: "MOIC (net)", type: "multiple", width: 10 },
    { header: "Net IRR", type: "irr", width: 10 },
  ];
  const rows = view.holdings.map((h) => {
    const more = extra.get(h.id);
    return [
      h.projectName,
      HOLDING_STATUS_LABELS[h.status],
      h.currency,
      h.investmentDate,
      h.committed,
      h.invested,
      h.currentValue,
      more?.ownershipPct?.toFixed(4) ?? null,
      h.exitDate,
      more?.exitProceeds?.toFixed(4) ?? null,
      h.paidIn,
      h.distributed,
      h.nav,
      h.moic,
      irrCell(h.netIrr),
    ];
  });
  return { sheetName: "Holdings", columns, rows, portfolioName: view.portfolio.name };
}
