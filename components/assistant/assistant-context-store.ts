import type { AssistantContextType } from "@/lib/assistant/assistant-message";

/** What the page on screen is about; the panel opens a new conversation with it. */
export type PageContext = { type: AssistantContextType; entityId: string | null; label: string | null };

export const GENERAL_CONTEXT: PageContext = { type: "GENERAL", entityId: null, label: null };

export const CONTEXT_ATTRIBUTE = "data-assistant-context";

/**
 * The context the page declares with <AssistantContext>, read from the DOM when the panel opens:
 * the marker costs pages no JavaScript. Markers may nest (a document inside a project's layout);
 * the innermost, last in document order, wins.
 */
export function readPageContext(root: ParentNode = document): PageContext {
  const marker = [...root.querySelectorAll<HTMLElement>(`[${CONTEXT_ATTRIBUTE}]`)].at(-1);
  const type = marker?.getAttribute(CONTEXT_ATTRIBUTE);
  const entityId = marker?.dataset.entityId;
  if (!marker || !entityId || (type !== "PROJECT" && type !== "PORTFOLIO" && type !== "DOCUMENT")) return GENERAL_CONTEXT;
  return { type, entityId, label: marker.dataset.label || null };
}
