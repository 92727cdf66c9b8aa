import type { TenantContext } from "@/lib/auth/tenant-context";
import { cashFlowsExportTable } from "./cash-flows-export-table";
import { holdingsExportTable } from "./holdings-export-table";
import { renderExportCsv } from "./render-export-csv";
import { renderExportXlsx } from "./render-export-xlsx";
import type { ExportPortfolioQuery } from "./schemas";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const slug = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "portfolio";

/** A portfolio's holdings or cash flows as a CSV or XLSX file; another org's portfolio is a 404. */
export async function exportPortfolio(scope: Pick<TenantContext, "org">, portfolioId: string, query: ExportPortfolioQuery, now = new Date()) {
  const table = query.what === "holdings" ? await holdingsExportTable(scope, portfolioId) : await cashFlowsExportTable(scope, portfolioId);
  const fileName = `${slug(table.portfolioName)}-${query.what}-${now.toISOString().slice(0, 10)}.${query.format}`;
  if (query.format === "csv") return { body: new TextEncoder().encode(renderExportCsv(table)), contentType: "text/csv; charset=utf-8", fileName };
  return { body: await renderExportXlsx(table, now), contentType: XLSX_TYPE, fileName };
}
