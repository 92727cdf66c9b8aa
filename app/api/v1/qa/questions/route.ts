import { apiRoute } from "@/lib/api/api-route";
import { listApiQuestions } from "@/lib/api/qa/list-api-questions";
import { askApiQuestion } from "@/lib/api/qa/ask-api-question";
import { askQuestionOperation, listQuestionsOperation } from "@/lib/api/qa/operations";

export const GET = apiRoute(listQuestionsOperation, ({ actor, query }) => listApiQuestions(actor, query));

export const POST = apiRoute(askQuestionOperation, async ({ actor, body }) => ({ data: await askApiQuestion(actor, body) }));
