import { z } from "zod";
import { PORTFOLIO_EXPORT_CONTENTS, PORTFOLIO_EXPORT_FORMATS } from "./portfolio-export-options";

export const exportPortfolioQuerySchema = z.object({
  format: z.enum(PORTFOLIO_EXPORT_FORMATS, "Choose csv or xlsx.").default("csv"),
  what: z.enum(PORTFOLIO_EXPORT_CONTENTS, "Choose holdings or cash-flows.").default("holdings"),
});
export type ExportPortfolioQuery = z.output<typeof exportPortfolioQuerySchema>;
