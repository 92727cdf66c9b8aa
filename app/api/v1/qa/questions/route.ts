import { apiRoute } from "@/lib/api/api-route";
import { listApiQuestions } from "@/lib/api/qa/list-api-questions";
import { listQuestionsOperation } from "@/lib/api/qa/operations";

export const GET = apiRoute(listQuestionsOperation, ({ actor, query }) => listApiQuestions(actor, query));
