import type { TenantContext } from "@/lib/auth/tenant-context";
import { getPortfolioOrThrow } from "../get-portfolio-or-throw";
import { todayIso } from "../today-iso";
import { HOLDINGS_PREVIEW_COLUMNS, planHoldingsImport } from "./plan-holdings-import";
import { cashFlowsPreviewColumns, planCashFlowsImport } from "./plan-cash-flows-import";
import type { ImportPreviewDto } from "./import-options";
import { mapImportColumns, parseImportRows } from "./parse-import-rows";
import { readImportTable } from "./read-import-table";
import type { PreviewPortfolioImportInput } from "./schemas";

/**
 * The file read, every row checked against the portfolio as it is now, nothing written: the preview
 * the page shows, and the rows the import writes when none has an error. The import calls this
 * again on confirm, so what is written was checked at that moment, not at the preview's.
 */
export async function planPortfolioImport(scope: Pick<TenantContext, "org">, input: PreviewPortfolioImportInput, today = todayIso()) {
  const portfolio = await getPortfolioOrThrow(scope, input.portfolioId);
  const table = await readImportTable(input.fileName, input.file);
  const { kind, indexes, ignored } = mapImportColumns(table.headers, input.kind);
  const { rows, notes } = parseImportRows(table, kind, indexes);
  const planned =
    kind === "holdings"
      ? ({ kind, ...(await planHoldingsImport(scope, portfolio, rows, today)) } as const)
      : ({ kind, ...(await planCashFlowsImport(scope, portfolio, rows, today)) } as const);
  const preview: ImportPreviewDto = {
    kind,
    fileName: input.fileName,
    columns: kind === "holdings" ? HOLDINGS_PREVIEW_COLUMNS : cashFlowsPreviewColumns(portfolio.currency),
    rows: planned.preview,
    errorCount: planned.preview.reduce((sum, row) => sum + row.errors.length, 0),
    ignoredColumns: ignored,
    notes,
  };
  return { portfolio, preview, planned };
}
