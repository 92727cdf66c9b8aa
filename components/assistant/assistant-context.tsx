import type { AssistantContextType } from "@/lib/assistant/assistant-message";

/**
 * Declares what the page is about, so "Ask Ralph" opens a conversation about it
 * (`<AssistantContext type="PROJECT" entityId={project.id} label={project.name} />`). A hidden
 * element the panel reads when it opens (readPageContext): no JavaScript on the page.
 */
export function AssistantContext({ type, entityId, label }: { type: Exclude<AssistantContextType, "GENERAL">; entityId: string; label: string }) {
  return <span hidden data-assistant-context={type} data-entity-id={entityId} data-label={label} />;
}
