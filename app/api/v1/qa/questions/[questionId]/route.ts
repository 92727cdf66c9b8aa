import { apiRoute } from "@/lib/api/api-route";
import { getApiQuestion } from "@/lib/api/qa/get-api-question";
import { getQuestionOperation } from "@/lib/api/qa/operations";

export const GET = apiRoute(getQuestionOperation, async ({ actor, params }) => ({ data: await getApiQuestion(actor, params.questionId) }));
