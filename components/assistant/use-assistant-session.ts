"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport } from "ai";
import { useRef, useState } from "react";
import type { AssistantChatRequest, AssistantConversationSummary, AssistantUIMessage } from "@/lib/assistant/assistant-message";
import { createConversation, getConversation, readableError } from "./assistant-api";
import type { PageContext } from "./assistant-context-store";
import { lastUserText } from "./message-parts";

/** The conversation on screen: null until the first question creates it. */
export type OpenConversation = Pick<AssistantConversationSummary, "id" | "title" | "contextType" | "contextEntityId" | "contextLabel">;

/**
 * The chat and the conversation it belongs to. The server keeps the history, so each request
 * carries only the conversation's id and the new question (or, for a retry, the last one again,
 * whose new answer replaces the last exchange there as it does on screen).
 */
export function useAssistantSession() {
  const conversationId = useRef<string | null>(null);
  const [transport] = useState(
    () =>
      new DefaultChatTransport<AssistantUIMessage>({
        api: "/api/assistant/chat",
        prepareSendMessagesRequest: ({ messages, trigger }) => ({
          body: {
            conversationId: conversationId.current ?? "",
            text: lastUserText(messages) ?? "",
            retry: trigger === "regenerate-message",
          } satisfies AssistantChatRequest,
        }),
      }),
  );
  // The server names the conversation after an answer (the first question, or the model's title): the header follows.
  const chat = useChat<AssistantUIMessage>({ transport, experimental_throttle: 50, onFinish: () => void refreshTitle() });
  const [conversation, setConversation] = useState<OpenConversation | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Creating the conversation comes before the chat's own request: the composer is busy from the first keypress.
  const [creating, setCreating] = useState(false);
  const busy = creating || chat.status === "submitted" || chat.status === "streaming";

  function reset(next: OpenConversation | null, messages: AssistantUIMessage[]) {
    void chat.stop();
    chat.clearError();
    chat.setMessages(messages);
    conversationId.current = next?.id ?? null;
    setConversation(next);
    setProblem(null);
  }

  async function refreshTitle() {
    const id = conversationId.current;
    if (!id) return;
    try {
      const { conversation: summary } = await getConversation(id);
      setConversation((current) => (current?.id === id ? { ...current, title: summary.title } : current));
    } catch {
      // The header keeps its title; the history lists the new one.
    }
  }

  /** Resolves false when the question was not sent (the conversation could not be created): the composer keeps it. */
  async function ask(text: string, context: PageContext): Promise<boolean> {
    if (busy) return false;
    setProblem(null);
    if (!conversationId.current) {
      setCreating(true);
      try {
        const created = await createConversation({ contextType: context.type, contextEntityId: context.entityId });
        conversationId.current = created.id;
        setConversation(
          created.conversation ?? {
            id: created.id,
            title: "New conversation",
            contextType: context.type,
            contextEntityId: context.entityId,
            contextLabel: context.label,
          },
        );
      } catch (error) {
        setProblem(readableError(error));
        return false;
      } finally {
        setCreating(false);
      }
    }
    void chat.sendMessage({ text });
    return true;
  }

  async function open(id: string) {
    reset(null, []);
    setLoading(true);
    try {
      const { conversation: summary, messages } = await getConversation(id);
      reset(summary, messages);
    } catch (error) {
      setProblem(readableError(error));
    } finally {
      setLoading(false);
    }
  }

  return {
    conversation,
    setConversation,
    messages: chat.messages,
    status: chat.status,
    busy,
    loading,
    error: chat.error ? readableError(chat.error) : problem,
    ask,
    open,
    startNew: () => reset(null, []),
    stop: () => void chat.stop(),
    retry: () => (chat.clearError(), void chat.regenerate()),
  };
}
