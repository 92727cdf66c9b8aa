import { apiRoute } from "@/lib/api/api-route";
import { createApiHolding } from "@/lib/api/portfolios/api-holdings";
import { createHoldingOperation, listHoldingsOperation } from "@/lib/api/portfolios/operations";
import { listApiHoldings } from "@/lib/api/portfolios/read-api-portfolios";

export const GET = apiRoute(listHoldingsOperation, ({ actor, params }) => listApiHoldings(actor, params.portfolioId));

export const POST = apiRoute(createHoldingOperation, ({ actor, params, body }) => createApiHolding(actor, params.portfolioId, body));
