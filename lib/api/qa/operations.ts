import { defineApiOperation } from "../define-api-operation";
import { apiQuestionsPageSchema, listApiQuestionsQuerySchema } from "./qa-schemas";

export const listQuestionsOperation = defineApiOperation({
  id: "listQuestions",
  method: "GET",
  path: "/qa/questions",
  scope: "qa:read",
  tag: "Q&A",
  summary: "List due-diligence questions, from the key's side",
  description:
    "An investor's key sees its own org's questions; a developer's key every question on its projects (never another investor's to an investor). " +
    "Narrow to one project or deal room, statuses, priorities, categories, overdue or text; pages of 50 by page number. " +
    "A project or room of no concern to the key's org gives an empty page, not an error.",
  query: listApiQuestionsQuerySchema,
  response: apiQuestionsPageSchema,
});
