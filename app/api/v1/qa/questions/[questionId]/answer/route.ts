import { apiRoute } from "@/lib/api/api-route";
import { answerApiQuestion } from "@/lib/api/qa/answer-api-question";
import { answerQuestionOperation } from "@/lib/api/qa/operations";

export const POST = apiRoute(answerQuestionOperation, async ({ actor, params, body }) => ({ data: await answerApiQuestion(actor, params.questionId, body) }));
