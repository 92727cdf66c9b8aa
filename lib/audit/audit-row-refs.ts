import type { JsonObject } from "./types";

/** An audit row as the name lookups read it. */
export type LabelledRow = { entityType: string; entityId: string | null; changes: unknown };

/** The recorded sides of a change, after first. */
export const sides = (changes: unknown): JsonObject[] =>
  changes && typeof changes === "object"
    ? (["after", "before"] as const)
        .map((k) => (changes as Record<string, unknown>)[k])
        .filter((s): s is JsonObject => Boolean(s) && typeof s === "object" && !Array.isArray(s))
    : [];

export const str = (value: unknown) => (typeof value === "string" && value.trim() ? value : null);

/** The ids of the rows about `type`, and those their changes name under `keys`. */
export function idsOf(rows: LabelledRow[], type: string, ...keys: string[]): string[] {
  const ids = rows.filter((r) => r.entityType === type && r.entityId).map((r) => r.entityId!);
  for (const row of rows) for (const side of sides(row.changes)) for (const key of keys) if (str(side[key])) ids.push(String(side[key]));
  return [...new Set(ids)];
}

/** A lookup by ids, skipped when there are none: most pages name only a few kinds of record, and each query is a round trip. */
export function ifAny<T>(ids: string[], lookup: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  return ids.length ? lookup(ids) : Promise.resolve([]);
}
