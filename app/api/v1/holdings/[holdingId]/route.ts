import { apiRoute } from "@/lib/api/api-route";
import { getApiHolding } from "@/lib/api/portfolios/api-holdings";
import { getHoldingOperation } from "@/lib/api/portfolios/operations";

export const GET = apiRoute(getHoldingOperation, ({ actor, params }) => getApiHolding(actor, params.holdingId));
