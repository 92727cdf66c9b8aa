/** What the export menu offers and the route accepts (no zod: the menu is a client component). */
export const PORTFOLIO_EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type PortfolioExportFormat = (typeof PORTFOLIO_EXPORT_FORMATS)[number];

export const PORTFOLIO_EXPORT_CONTENTS = ["holdings", "cash-flows"] as const;
export type PortfolioExportContent = (typeof PORTFOLIO_EXPORT_CONTENTS)[number];

export const PORTFOLIO_EXPORT_CONTENT_LABELS: Record<PortfolioExportContent, string> = { holdings: "Holdings", "cash-flows": "Cash flows" };

export function portfolioExportHref(portfolioId: string, what: PortfolioExportContent, format: PortfolioExportFormat): string {
  return `/api/portfolios/${portfolioId}/export?${new URLSearchParams({ format, what })}`;
}
