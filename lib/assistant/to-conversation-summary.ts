import type { AiContextType } from "@/lib/db/generated/client";
import type { AssistantContextType, AssistantConversationSummary } from "./assistant-message";

export type ConversationRow = {
  id: string;
  title: string;
  summary: string | null;
  contextType: AiContextType;
  contextEntityId: string | null;
  metadata: unknown;
  updatedAt: Date;
};

/** The label of the page a conversation was opened from is kept in its metadata when it starts, so the list needs no join per context type. */
export function toConversationSummary(row: ConversationRow): AssistantConversationSummary {
  const metadata = (row.metadata ?? {}) as { contextLabel?: unknown };
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    // Conversations are only created with the contract's four context types (createConversationSchema).
    contextType: row.contextType as AssistantContextType,
    contextEntityId: row.contextEntityId,
    contextLabel: typeof metadata.contextLabel === "string" ? metadata.contextLabel : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const CONVERSATION_SUMMARY_SELECT = {
  id: true,
  title: true,
  summary: true,
  contextType: true,
  contextEntityId: true,
  metadata: true,
  updatedAt: true,
} as const;
