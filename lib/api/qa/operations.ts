import { z } from "zod";
import { askQuestionSchema, finalAnswerBodySchema } from "@/lib/qa/schemas";
import { defineApiOperation } from "../define-api-operation";
import { apiQuestionSchema, apiQuestionThreadSchema, apiQuestionsPageSchema, listApiQuestionsQuerySchema } from "./qa-schemas";

export const listQuestionsOperation = defineApiOperation({
  id: "listQuestions",
  method: "GET",
  path: "/qa/questions",
  scope: "qa:read",
  tag: "Q&A",
  summary: "List due-diligence questions, from the key's side",
  description:
    "An investor's key sees its own org's questions; a developer's key every question on its projects (never another investor's to an investor). " +
    "Narrow to one project or deal room, statuses, priorities, categories, overdue or text. Newest first (then by id), by keyset: up to `limit` " +
    "(25, at most 100) a page; pass `nextCursor` back as `cursor` until it is null (a cursor this API did not hand out is a 400). " +
    "A project or room of no concern to the key's org gives an empty page, not an error.",
  query: listApiQuestionsQuerySchema,
  response: apiQuestionsPageSchema,
});

export const askQuestionOperation = defineApiOperation({
  id: "askQuestion",
  method: "POST",
  path: "/qa/questions",
  scope: "qa:write",
  tag: "Q&A",
  summary: "Ask a developer a question about a listed project",
  description:
    "An investor's key only (another kind of org's gets 404). Validated as the app's question form; the project must be listed on the marketplace " +
    "(else 404), linked documents ones the asker can open there. The question takes the project's next number and its deadline from the " +
    "developer's response times; the developer's team is notified. The asker recorded is the key's creator (a question names a person); the " +
    "audit row names the key. Asking in a deal room (dealRoomId) is refused with 403: it needs the member who accepted the room's NDA.",
  body: askQuestionSchema.meta({ id: "QuestionAsk" }),
  response: z.object({ data: apiQuestionSchema }),
  successStatus: 201,
  writes: true,
});

export const answerQuestionOperation = defineApiOperation({
  id: "answerQuestion",
  method: "POST",
  path: "/qa/questions/{questionId}/answer",
  scope: "qa:write",
  tag: "Q&A",
  summary: "Submit the project team's final answer to a question",
  description:
    "The developer's side only: the investor who asked gets 403, any other org 404. One final answer per question (409 once answered or " +
    "closed); linked documents must be ones the asker can open. Validated as the app's answer form. The answer is recorded as given by the " +
    "key's creator (an answer names a person); the audit row names the key. The asker is notified.",
  params: z.object({ questionId: z.uuid().meta({ description: "The question's id." }) }),
  body: finalAnswerBodySchema.meta({ id: "AnswerSubmit" }),
  response: z.object({
    data: z.object({ id: z.uuid(), questionId: z.uuid(), content: z.string(), linkedDocumentIds: z.array(z.uuid()), createdAt: z.iso.datetime() }).meta({ id: "Answer" }),
  }),
  successStatus: 201,
  writes: true,
});

const questionParams = z.object({ questionId: z.uuid().meta({ description: "The question's id." }) });

export const getQuestionOperation = defineApiOperation({
  id: "getQuestion",
  method: "GET",
  path: "/qa/questions/{questionId}",
  scope: "qa:read",
  tag: "Q&A",
  summary: "Get a question with its answers, from the key's side",
  description:
    "As the question page shows it: the investor who asked sees the final answer only, the project's team its drafts and their citations too. " +
    "A question of any other org (or none) is a 404.",
  params: questionParams,
  response: z.object({ data: apiQuestionThreadSchema }),
});

export const closeQuestionOperation = defineApiOperation({
  id: "closeQuestion",
  method: "POST",
  path: "/qa/questions/{questionId}/close",
  scope: "qa:write",
  tag: "Q&A",
  summary: "Close a question",
  description:
    "Either side may close, as in the app: the investor when the answer settles it (or to withdraw it), the project's team for a duplicate or " +
    "out-of-scope question. A closed question takes no more answers; closing it again is a 409. Audited as the key. Any other org gets 404.",
  params: questionParams,
  response: z.object({ data: apiQuestionThreadSchema }),
  writes: true,
});
