import { apiRoute } from "@/lib/api/api-route";
import { getPortfolioOperation } from "@/lib/api/portfolios/operations";
import { getApiPortfolio } from "@/lib/api/portfolios/read-api-portfolios";

export const GET = apiRoute(getPortfolioOperation, ({ actor, params }) => getApiPortfolio(actor, params.portfolioId));
