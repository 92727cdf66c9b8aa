import type { AssistantCitation, AssistantUIMessage } from "@/lib/assistant/assistant-message";

/** The citations of a message by number (a later part for the same number wins). */
export function messageCitations(message: AssistantUIMessage): Map<number, AssistantCitation> {
  const byNumber = new Map<number, AssistantCitation>();
  for (const part of message.parts) if (part.type === "data-citation") byNumber.set(part.data.n, part.data);
  return byNumber;
}

export function messageText(message: AssistantUIMessage): string {
  return message.parts
    .flatMap((part) => (part.type === "text" ? [part.text] : []))
    .join("\n\n")
    .trim();
}

/** The text of the last question asked, which a retry sends again. */
export function lastUserText(messages: AssistantUIMessage[]): string | null {
  const last = messages.findLast((message) => message.role === "user");
  return last ? messageText(last) : null;
}
