import { apiRoute } from "@/lib/api/api-route";
import { listPortfolioCovenantsOperation } from "@/lib/api/portfolios/operations";
import { listApiCovenants } from "@/lib/api/portfolios/read-api-portfolios";

export const GET = apiRoute(listPortfolioCovenantsOperation, ({ actor, params }) => listApiCovenants(actor, params.portfolioId));
