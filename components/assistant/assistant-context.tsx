"use client";

import { useEffect } from "react";
import type { AssistantContextType } from "@/lib/assistant/assistant-message";
import { pushPageContext } from "./assistant-context-store";

/**
 * Declares what the page is about, so "Ask Ralph" opens a conversation about it
 * (`<AssistantContext type="PROJECT" entityId={project.id} label={project.name} />`). Renders nothing.
 */
export function AssistantContext({ type, entityId, label }: { type: Exclude<AssistantContextType, "GENERAL">; entityId: string; label: string }) {
  useEffect(() => pushPageContext({ type, entityId, label }), [type, entityId, label]);
  return null;
}
