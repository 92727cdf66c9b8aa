import { apiRoute } from "@/lib/api/api-route";
import { listApiCashFlows, recordApiCashFlow } from "@/lib/api/portfolios/api-holdings";
import { listCashFlowsOperation, recordCashFlowOperation } from "@/lib/api/portfolios/operations";

export const GET = apiRoute(listCashFlowsOperation, ({ actor, params }) => listApiCashFlows(actor, params.holdingId));

export const POST = apiRoute(recordCashFlowOperation, ({ actor, params, body }) => recordApiCashFlow(actor, params.holdingId, body));
