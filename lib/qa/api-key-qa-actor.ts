import type { ApiKeyActor } from "@/lib/auth/actor";

/**
 * A program asking or answering with an API key. Questions and answers name a person
 * (asked_by, answered_by are users), so the key's creator is recorded as that person; the audit
 * row names the key. The org's name is for the other side's notice.
 */
export type ApiKeyQaActor = ApiKeyActor & { org: { name: string }; personId: string };
