import { z } from "zod";
import { ASSISTANT_CONTEXT_TYPES, ASSISTANT_MESSAGE_MAX_CHARS } from "./assistant-message";

export const createConversationSchema = z
  .object({
    contextType: z.enum(ASSISTANT_CONTEXT_TYPES).default("GENERAL"),
    contextEntityId: z.uuid("The page's entity id is not valid.").nullish(),
  })
  .refine((value) => value.contextType === "GENERAL" || Boolean(value.contextEntityId), {
    message: "A project, portfolio or document conversation names its entity.",
    path: ["contextEntityId"],
  });
export type CreateConversationInput = z.infer<typeof createConversationSchema>;

export const listConversationsQuerySchema = z.object({
  search: z.string().trim().max(200).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type ListConversationsQuery = z.infer<typeof listConversationsQuerySchema>;

export const renameConversationSchema = z.object({
  title: z.string().trim().min(1, "A title cannot be empty.").max(200, "A title is at most 200 characters."),
});

export const chatRequestSchema = z.object({
  conversationId: z.uuid("The conversation id is not valid."),
  text: z
    .string()
    .trim()
    .min(1, "Type a question first: the message is empty.")
    .max(
      ASSISTANT_MESSAGE_MAX_CHARS,
      `A message is at most ${ASSISTANT_MESSAGE_MAX_CHARS.toLocaleString("en-US")} characters; shorten it or split it into several questions.`,
    ),
  retry: z.boolean().optional(),
});
