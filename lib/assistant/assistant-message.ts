import type { UIMessage } from "ai";

/**
 * The contract between the assistant's server (lib/assistant, app/api/assistant) and its panel
 * (components/assistant). Both sides import these types; neither imports the other's internals.
 */

/** Where a conversation was opened from; the page's own entity rides along as contextEntityId. */
export const ASSISTANT_CONTEXT_TYPES = ["GENERAL", "PROJECT", "PORTFOLIO", "DOCUMENT"] as const;
export type AssistantContextType = (typeof ASSISTANT_CONTEXT_TYPES)[number];

/** The tools the assistant may call; a `tool-<name>` part in a message is one call. */
export const ASSISTANT_TOOL_NAMES = [
  "searchProjects",
  "getProject",
  "searchDataRoom",
  "readDocumentPage",
  "getSignalScore",
  "listMatches",
  "listQuestions",
  "getPortfolio",
  "getDealRoomActivity",
] as const;
export type AssistantToolName = (typeof ASSISTANT_TOOL_NAMES)[number];

export type AssistantCitationKind = "document-page" | "project" | "portfolio" | "holding" | "question" | "match" | "signal-score" | "deal-room";

/** One source an answer cites as [n]; href is an in-app path that opens it (a document at its page). */
export type AssistantCitation = { n: number; kind: AssistantCitationKind; title: string; href: string; snippet: string | null };

export type AssistantNoticeKind = "offline" | "budget" | "rate-limit" | "step-limit" | "not-found" | "error";

export type AssistantDataParts = {
  citation: AssistantCitation;
  notice: { kind: AssistantNoticeKind; message: string };
};

export type AssistantMessageMetadata = { conversationId: string; model: string | null; offline: boolean; createdAt: string };

export type AssistantUIMessage = UIMessage<AssistantMessageMetadata, AssistantDataParts>;

/**
 * Body of POST /api/assistant/chat: only the new user message; the server holds the history.
 * `retry`: the question is the last one asked again, and its new answer replaces the last exchange.
 */
export type AssistantChatRequest = { conversationId: string; text: string; retry?: boolean };

/** A row of GET /api/assistant/conversations. */
export type AssistantConversationSummary = {
  id: string;
  title: string;
  summary: string | null;
  contextType: AssistantContextType;
  contextEntityId: string | null;
  contextLabel: string | null;
  updatedAt: string;
};

export const ASSISTANT_MESSAGE_MAX_CHARS = 8_000;
