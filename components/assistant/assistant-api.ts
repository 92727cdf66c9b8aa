import type { AssistantContextType, AssistantConversationSummary, AssistantUIMessage } from "@/lib/assistant/assistant-message";

/** The panel's calls to /api/assistant/conversations; each throws an Error whose message a person can read. */

const BASE = "/api/assistant/conversations";
const FALLBACK = "The assistant could not be reached. Check your connection and try again.";

/** Route handlers answer `{ error: { code, message } }`; the chat transport hands that body over as the Error's message. */
export function readableError(raw: unknown): string {
  const text = raw instanceof Error ? raw.message : typeof raw === "string" ? raw : "";
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } | string; message?: unknown };
    const message = typeof body.error === "string" ? body.error : (body.error?.message ?? body.message);
    if (typeof message === "string" && message.trim()) return message;
  } catch {
    // Not JSON: a network failure ("Failed to fetch") or a plain-text body.
  }
  if (!text || /failed to fetch|networkerror|load failed/i.test(text)) return FALLBACK;
  return text.length > 300 || text.trimStart().startsWith("<") ? FALLBACK : text;
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init?.headers } });
  } catch {
    throw new Error(FALLBACK);
  }
  if (!response.ok) throw new Error(readableError(await response.text().catch(() => "")));
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export function createConversation(context: { contextType: AssistantContextType; contextEntityId: string | null }) {
  const body = context.contextEntityId ? context : { contextType: context.contextType };
  return call<{ id: string; conversation?: AssistantConversationSummary }>(BASE, { method: "POST", body: JSON.stringify(body) });
}

export type ConversationPage = { items: AssistantConversationSummary[]; nextCursor: string | null };

export function listConversations({ search, cursor }: { search: string; cursor: string | null }) {
  const params = new URLSearchParams();
  if (search.trim()) params.set("search", search.trim());
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return call<ConversationPage>(query ? `${BASE}?${query}` : BASE);
}

export function getConversation(id: string) {
  return call<{ conversation: AssistantConversationSummary; messages: AssistantUIMessage[] }>(`${BASE}/${encodeURIComponent(id)}`);
}

export function renameConversation(id: string, title: string) {
  return call<unknown>(`${BASE}/${encodeURIComponent(id)}`, { method: "PATCH", body: JSON.stringify({ title }) });
}

export function deleteConversation(id: string) {
  return call<unknown>(`${BASE}/${encodeURIComponent(id)}`, { method: "DELETE" });
}
