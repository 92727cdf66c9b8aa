import { Globe } from "lucide-react";
import type { AssistantContextType } from "@/lib/assistant/assistant-message";
import type { PageContext } from "./assistant-context-store";
import type { OpenConversation } from "./use-assistant-session";

const KIND: Record<AssistantContextType, string> = { GENERAL: "Everything you can see", PROJECT: "Project", PORTFOLIO: "Portfolio", DOCUMENT: "Document" };

type ContextBarProps = { conversation: OpenConversation | null; newContext: PageContext; page: PageContext; onChoose: (general: boolean) => void };

/**
 * What the conversation is about. Before its first question the user may widen it from the page's
 * project, portfolio or document to everything (and back); after that it is fixed.
 */
export function AssistantContextBar({ conversation, newContext, page, onChoose }: ContextBarProps) {
  const about = conversation ? { type: conversation.contextType, label: conversation.contextLabel } : { type: newContext.type, label: newContext.label };
  const label = about.type === "GENERAL" ? KIND.GENERAL : (about.label ?? KIND[about.type]);
  const canSwitch = !conversation && page.type !== "GENERAL";
  return (
    <div className="flex min-h-10 items-center gap-2 border-b border-border bg-surface px-5 py-2 text-xs" data-testid="assistant-context">
      <span className="text-muted-foreground">About:</span>
      <span className="inline-flex min-w-0 items-center gap-1 rounded-full bg-secondary px-2 py-0.5 font-medium text-secondary-foreground">
        {about.type === "GENERAL" ? <Globe aria-hidden className="size-3 shrink-0" /> : null}
        <span className="truncate">{label}</span>
        {about.type !== "GENERAL" ? <span className="shrink-0 font-normal text-secondary-foreground/70">· {KIND[about.type].toLowerCase()}</span> : null}
      </span>
      {canSwitch ? (
        <button
          type="button"
          onClick={() => onChoose(newContext.type !== "GENERAL")}
          className="ml-auto shrink-0 cursor-pointer rounded-sm font-medium text-brand-700 hover:underline"
        >
          {newContext.type === "GENERAL" ? `Ask about ${page.label ?? KIND[page.type].toLowerCase()}` : "Switch to general"}
        </button>
      ) : null}
    </div>
  );
}
