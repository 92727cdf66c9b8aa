import { AUDIT_SENTENCES } from "./audit-sentences";
import { ent, sentence, who, type SentenceFacts } from "./sentence-parts";
import type { SentencePart } from "./types";

const words = (code: string) =>
  code
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .trim()
    .toLowerCase();

/**
 * An action nobody has written a sentence for yet still reads as words, entity first:
 * `document.processing_failed` -> "document processing failed". Never the raw code.
 */
function fallbackSentence(f: SentenceFacts): SentencePart[] {
  const [entity = "", ...verb] = f.action.split(".");
  const what = [words(entity), words(verb.join(" "))].filter(Boolean).join(" ") || words(f.entityType);
  return sentence(who(f), `: ${what}`, f.entity ? " — " : "", f.entity ? ent(f.entity) : null);
}

/** The entry as a sentence, from the catalogue, or the readable fallback. */
export function describeAuditEntry(facts: SentenceFacts): SentencePart[] {
  const describe = AUDIT_SENTENCES[facts.action];
  return describe ? describe(facts) : fallbackSentence(facts);
}

/** "user.role_changed" -> "User role changed": how the action filter names an action. */
export function actionLabel(action: string): string {
  const text = words(action);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
