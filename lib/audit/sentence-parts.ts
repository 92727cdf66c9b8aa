import { fieldWords, formatAuditValue } from "./format-audit-value";
import type { Json, JsonObject, SentencePart } from "./types";

export type RefKind = "user" | "project" | "document" | "folder" | "badge" | "mandate" | "match";

/** What a sentence is made from: the entry, and the names of what it refers to, resolved in bulk beforehand. */
export type SentenceFacts = {
  action: string;
  entityType: string;
  /** The person's name; null when a job wrote the entry. */
  actor: string | null;
  /** The entity's name (current, or as recorded when it was deleted). */
  entity: string | null;
  before: JsonObject | null;
  after: JsonObject | null;
  ref: (kind: RefKind, id: Json | undefined) => string | null;
  /** Set when the entity is a Signal Score. */
  score?: { version: number; projectId: string } | null;
};

export type Piece = string | SentencePart | null | undefined | false;

/** Plain strings and emphasised parts into one sentence; empty pieces drop out. */
export function sentence(...pieces: Piece[]): SentencePart[] {
  return pieces.filter((p): p is string | SentencePart => Boolean(p)).map((p) => (typeof p === "string" ? { text: p } : p));
}

export const sentenceText = (parts: SentencePart[]) => parts.map((p) => p.text).join("");

export const who = (f: SentenceFacts): SentencePart => ({ text: f.actor ?? "The system", emphasis: "actor" });
export const ent = (text: string): SentencePart => ({ text, emphasis: "entity" });
export const quoted = (text: string): SentencePart => ent(`“${text}”`);
export const val = (text: string): SentencePart => ({ text, emphasis: "value" });

/** A field of either side, preferring the state after the change. */
export const field = (f: SentenceFacts, key: string): Json | undefined => f.after?.[key] ?? f.before?.[key];

export const text = (value: Json | undefined): string | null => (typeof value === "string" && value.trim() ? value : typeof value === "number" ? String(value) : null);

/** The entity by name, or a description of it when no name is known ("a milestone"). */
export const named = (f: SentenceFacts, fallback: string, quote = false): SentencePart => (f.entity ? (quote ? quoted(f.entity) : ent(f.entity)) : { text: fallback });

/** " in Turkana Solar Park", from the projectId the entry recorded, when it can be named. */
export function inProject(f: SentenceFacts, preposition = "in"): Piece[] {
  const project = f.ref("project", field(f, "projectId"));
  return project ? [` ${preposition} `, ent(project)] : [];
}

export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const NOT_NEWS = new Set(["projectId", "currency", "orderIndex", "updatedAt", "expectedUpdatedAt", "versionIds", "isDeleted"]);
const LONG = 60;

/**
 * What an update changed, as words after the verb, naming the entity (`of`) once: "the stage of
 * Turkana from Development to Construction", or for many fields (or long texts) their names only:
 * "the description, capacity and 2 more of Turkana".
 */
export function describeChanges(f: SentenceFacts, of: Piece[], options: { currency?: string | null } = {}): Piece[] {
  const keys = [...new Set([...Object.keys(f.after ?? {}), ...Object.keys(f.before ?? {})])].filter((key) => !NOT_NEWS.has(key));
  if (keys.length === 0) return of;
  const format = (key: string, side: JsonObject | null) => formatAuditValue(key, side?.[key], { entityType: f.entityType, side, currency: options.currency });
  const short = keys.every((key) => format(key, f.before).length <= LONG && format(key, f.after).length <= LONG);
  if (keys.length <= 2 && short && f.before && f.after) {
    return keys.flatMap((key, index) => [
      index === 0 ? `the ${fieldWords(key)} of ` : ` and the ${fieldWords(key)}`,
      ...(index === 0 ? of : []),
      " from ",
      val(format(key, f.before)),
      " to ",
      val(format(key, f.after)),
    ]);
  }
  const names = keys.map(fieldWords);
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  return [`the ${listWords(shown)} of `, ...of];
}
