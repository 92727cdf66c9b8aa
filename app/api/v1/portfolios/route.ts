import { apiRoute } from "@/lib/api/api-route";
import { listPortfoliosOperation } from "@/lib/api/portfolios/operations";
import { listApiPortfolios } from "@/lib/api/portfolios/read-api-portfolios";

export const GET = apiRoute(listPortfoliosOperation, ({ actor }) => listApiPortfolios(actor));
