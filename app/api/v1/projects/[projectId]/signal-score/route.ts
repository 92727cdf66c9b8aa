import { apiRoute } from "@/lib/api/api-route";
import { getApiSignalScore } from "@/lib/api/signal-scores/get-api-signal-score";
import { getSignalScoreOperation } from "@/lib/api/signal-scores/operations";

export const GET = apiRoute(getSignalScoreOperation, async ({ actor, params }) => ({ data: await getApiSignalScore(actor, params.projectId) }));
