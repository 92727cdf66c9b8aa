import { formatInstant } from "@/lib/audit/format-audit-value";
import { listWords, type SentenceFacts, sentence, text, val, who } from "@/lib/audit/sentence-parts";
import type { SentencePart } from "@/lib/audit/types";

/** The endpoint's URL travels in the changes, so the log reads without a lookup (and after a delete). */
const theWebhook = (f: SentenceFacts) => {
  const url = text(f.after?.url) ?? text(f.before?.url);
  return url ? ["the webhook to ", val(url)] : ["a webhook"];
};
const events = (f: SentenceFacts) => {
  const list = f.after?.events;
  return Array.isArray(list) && list.length ? [" for ", val(listWords(list.map(String)))] : [];
};

/** The org's webhooks, as its audit log reads them. */
export const WEBHOOK_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "webhook.created": (f) => sentence(who(f), " subscribed ", ...theWebhook(f), ...events(f)),
  "webhook.updated": (f) => sentence(who(f), " changed ", ...theWebhook(f)),
  "webhook.deleted": (f) => sentence(who(f), " deleted ", ...theWebhook(f)),
  "webhook.enabled": (f) => sentence(who(f), " enabled ", ...theWebhook(f)),
  "webhook.disabled": (f) => sentence(who(f), " disabled ", ...theWebhook(f)),
  "webhook.secret_rotated": (f) =>
    sentence(
      who(f),
      " rotated the signing secret of ",
      ...theWebhook(f),
      text(f.after?.previousSecretExpiresAt) ? `; the old one signs until ${formatInstant(text(f.after?.previousSecretExpiresAt)!)}` : "",
    ),
  "webhook.redelivered": (f) => sentence(who(f), " redelivered ", val(text(f.after?.eventType) ?? "an event"), " to ", ...theWebhook(f)),
};
