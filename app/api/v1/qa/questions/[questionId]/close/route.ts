import { apiRoute } from "@/lib/api/api-route";
import { closeApiQuestion } from "@/lib/api/qa/close-api-question";
import { closeQuestionOperation } from "@/lib/api/qa/operations";

export const POST = apiRoute(closeQuestionOperation, async ({ actor, params }) => ({ data: await closeApiQuestion(actor, params.questionId) }));
