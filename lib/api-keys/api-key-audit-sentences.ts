import { formatDay } from "@/lib/audit/format-audit-value";
import { listWords, type SentenceFacts, sentence, text, val, who, quoted } from "@/lib/audit/sentence-parts";
import type { Json, SentencePart } from "@/lib/audit/types";

/** Names and prefixes travel in the changes, so the log reads without a lookup (and says which key, as its prefix shows in the list). */
const theKey = (f: SentenceFacts) => {
  const name = text(f.after?.name) ?? text(f.before?.name);
  const prefix = text(f.after?.prefix) ?? text(f.before?.prefix);
  return [name ? quoted(name) : "an API key", prefix ? ` (${prefix}…)` : ""];
};
const scopes = (value: Json | undefined) => (Array.isArray(value) && value.length ? [" with ", val(listWords(value.map(String)))] : []);
const until = (value: Json | undefined) => (text(value) ? `, valid until ${formatDay(text(value)!)}` : "");

/** The org's API keys, as its audit log reads them. */
export const API_KEY_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "api_key.created": (f) => sentence(who(f), " created API key ", ...theKey(f), ...scopes(f.after?.scopes), until(f.after?.expiresOn)),
  "api_key.revoked": (f) => sentence(who(f), " revoked API key ", ...theKey(f)),
};
