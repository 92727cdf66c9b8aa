import { z } from "zod";
import { QA_CATEGORIES, QA_PRIORITIES, QA_STATUSES } from "@/lib/qa/qa-options";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { keysetQueryFields } from "../keyset-query";

/** A comma-separated list in one query parameter: a repeated parameter would keep only its last value. */
const listOf = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)))
    .optional()
    .meta({ description });

/** GET /qa/questions: the Q&A table's filters, each refused with its field when wrong. */
export const listApiQuestionsQuerySchema = z.object({
  projectId: z.uuid("Unknown project.").optional(),
  dealRoomId: z.uuid("Unknown deal room.").optional(),
  status: listOf(QA_STATUSES, "Statuses, comma-separated."),
  priority: listOf(QA_PRIORITIES, "Priorities, comma-separated."),
  category: listOf(QA_CATEGORIES, "Categories, comma-separated."),
  overdue: z.enum(["true", "false"]).optional().meta({ description: "true: waiting questions past their deadline." }),
  q: z.string().trim().max(200).refine(hasNoNul, NUL_MESSAGE).optional().meta({ description: "Text in the question, or an exact tag." }),
  ...keysetQueryFields,
});
export type ListApiQuestionsQuery = z.output<typeof listApiQuestionsQuerySchema>;

export const apiQuestionSchema = z
  .object({
    id: z.uuid(),
    number: z.number().int().meta({ description: "The question's number within its project." }),
    projectId: z.uuid(),
    projectName: z.string(),
    question: z.string(),
    category: z.enum(QA_CATEGORIES),
    priority: z.enum(QA_PRIORITIES),
    status: z.enum(QA_STATUSES),
    tags: z.array(z.string()),
    askerName: z.string(),
    askerOrgName: z.string(),
    allyOrgName: z.string(),
    assignee: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    team: z.string().nullable(),
    slaDeadline: z.iso.datetime().nullable(),
    answeredAt: z.iso.datetime().nullable(),
    slaBreached: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Question" });

export const apiQuestionsPageSchema = z.object({
  side: z.enum(["investor", "ally"]),
  data: z.array(apiQuestionSchema),
  nextCursor: z.string().nullable().meta({ description: "Pass back as cursor for the next page; null on the last." }),
});

const linkedDocument = z.object({ id: z.uuid(), name: z.string() });

export const apiQuestionThreadSchema = z
  .object({
    side: z.enum(["investor", "ally"]).meta({ description: "The key's org's side of the question: the asker's (investor) or the project team's (ally)." }),
    question: apiQuestionSchema,
    linkedDocuments: z.array(linkedDocument).meta({ description: "Documents linked to the question that this side may still open." }),
    answers: z
      .array(
        z.object({
          id: z.uuid(),
          content: z.string(),
          isFinal: z.boolean(),
          authorName: z.string(),
          createdAt: z.iso.datetime(),
          updatedAt: z.iso.datetime(),
          linkedDocuments: z.array(linkedDocument),
          citations: z.array(
            z.object({
              number: z.number().int(),
              documentId: z.uuid().nullable(),
              documentName: z.string().nullable(),
              pageNumber: z.number().int().nullable(),
              excerpt: z.string().nullable(),
            }),
          ),
        }),
      )
      .meta({ description: "The asker's side sees the final answer only; the project team its drafts (and an AI draft's citations) too." }),
  })
  .meta({ id: "QuestionThread" });
