import type { AssistantContextType } from "@/lib/assistant/assistant-message";

/** What the page on screen is about; the panel opens a new conversation with it. */
export type PageContext = { type: AssistantContextType; entityId: string | null; label: string | null };

export const GENERAL_CONTEXT: PageContext = { type: "GENERAL", entityId: null, label: null };

/**
 * A module-level store rather than a React context: the marker sits deep in a page and the panel
 * in the top bar, two branches with no provider between them worth adding to every layout.
 * Markers stack (a document inside a project's layout): the innermost, last mounted, wins.
 */
let stack: { key: symbol; context: PageContext }[] = [];
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((listener) => listener());

export function pushPageContext(context: PageContext): () => void {
  const key = Symbol("assistant-context");
  stack = [...stack, { key, context }];
  notify();
  return () => {
    stack = stack.filter((entry) => entry.key !== key);
    notify();
  };
}

export function currentPageContext(): PageContext {
  return stack.at(-1)?.context ?? GENERAL_CONTEXT;
}

export function subscribePageContext(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
