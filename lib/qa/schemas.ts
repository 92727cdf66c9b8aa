import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { MAX_SLA_HOURS, QA_ANSWER_MAX_LENGTH, QA_CATEGORIES, QA_PRIORITIES, QA_QUESTION_MAX_LENGTH, QA_STATUSES, QA_TEAMS } from "./qa-options";

const MAX_TAGS = 10;
const MAX_TAG_LENGTH = 40;
const MAX_LINKED_DOCUMENTS = 20;

const questionId = z.uuid("Unknown question.");

const text = (max: number, empty: string, what: string) =>
  z
    .string()
    .trim()
    .min(1, empty)
    .max(max, `${what} can be at most ${max.toLocaleString("en")} characters.`)
    .refine(hasNoNul, NUL_MESSAGE);

/** "grid, PPA,  grid" -> ["grid", "ppa"]: lower case, trimmed, each once. */
const tags = z
  .union([z.string(), z.array(z.string())])
  .default([])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")))
  .transform((list) => [...new Set(list.map((tag) => tag.trim().toLowerCase()).filter(Boolean))])
  .refine((list) => list.length <= MAX_TAGS, `Use at most ${MAX_TAGS} tags.`)
  .refine((list) => list.every((tag) => tag.length <= MAX_TAG_LENGTH), `A tag can be at most ${MAX_TAG_LENGTH} characters.`)
  .refine((list) => list.every(hasNoNul), NUL_MESSAGE);

const linkedDocumentIds = z
  .array(z.uuid("Unknown document."))
  .max(MAX_LINKED_DOCUMENTS, `Link at most ${MAX_LINKED_DOCUMENTS} documents.`)
  .default([])
  .transform((ids) => [...new Set(ids)]);

export const askQuestionSchema = z.object({
  projectId: z.uuid("Unknown project."),
  /** Asked in a deal room: the room's members see it there, and its documents may be linked. */
  dealRoomId: z.uuid("Unknown deal room.").nullish(),
  question: text(QA_QUESTION_MAX_LENGTH, "Write your question first.", "A question"),
  category: z.enum(QA_CATEGORIES, "Choose a category."),
  priority: z.enum(QA_PRIORITIES, "Choose a priority."),
  tags,
  linkedDocumentIds,
});
export type AskQuestionInput = z.output<typeof askQuestionSchema>;

export const assignQuestionSchema = z
  .object({
    questionId,
    assigneeId: z.uuid("Choose a member of your team.").nullable(),
    team: z.enum(QA_TEAMS, "Choose a team.").nullable(),
  })
  .refine((value) => value.assigneeId !== null || value.team !== null, { message: "Choose a person, a team or both.", path: ["assigneeId"] });
export type AssignQuestionInput = z.output<typeof assignQuestionSchema>;

export const saveDraftAnswerSchema = z.object({
  questionId,
  /** The draft to update; none starts a new one. */
  answerId: z.uuid("Unknown draft.").nullish(),
  content: text(QA_ANSWER_MAX_LENGTH, "Write the answer first.", "An answer"),
  linkedDocumentIds,
});
export type SaveDraftAnswerInput = z.output<typeof saveDraftAnswerSchema>;

export const submitFinalAnswerSchema = z.object({
  questionId,
  content: text(QA_ANSWER_MAX_LENGTH, "Write the answer first.", "An answer"),
  linkedDocumentIds,
});
export type SubmitFinalAnswerInput = z.output<typeof submitFinalAnswerSchema>;
/** The public API's answer body: the form's fields, the question coming from the path. */
export const finalAnswerBodySchema = submitFinalAnswerSchema.omit({ questionId: true });

export const questionIdSchema = z.object({ questionId });

const hours = (label: string) =>
  z.coerce
    .number(`${label}: enter a number of hours.`)
    .int(`${label}: whole hours only.`)
    .min(1, `${label}: at least 1 hour.`)
    .max(MAX_SLA_HOURS, `${label}: at most ${MAX_SLA_HOURS} hours (90 days).`);

export const updateSlaPolicySchema = z.object({
  urgentHours: hours("Urgent"),
  highHours: hours("High"),
  normalHours: hours("Normal"),
  lowHours: hours("Low"),
});
export type UpdateSlaPolicyInput = z.output<typeof updateSlaPolicySchema>;

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional()
    .catch(undefined);

/** The Q&A table's URL: ?status=open&priority=urgent&project=...&assignee=me&overdue=1&page=2. Anything unknown is dropped. */
export const listQuestionsQuerySchema = z.object({
  status: list(QA_STATUSES),
  priority: list(QA_PRIORITIES),
  category: list(QA_CATEGORIES),
  project: z.uuid().optional().catch(undefined),
  /** The questions asked in one deal room. */
  room: z.uuid().optional().catch(undefined),
  /** "me", "unassigned" or a user id (allies only). */
  assignee: z
    .union([z.literal("me"), z.literal("unassigned"), z.uuid()])
    .optional()
    .catch(undefined),
  overdue: z
    .enum(["1"])
    .transform(() => true)
    .optional()
    .catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(["number", "deadline", "newest", "priority"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type ListQuestionsQuery = z.output<typeof listQuestionsQuerySchema>;
