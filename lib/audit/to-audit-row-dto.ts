import type { AuditLog } from "@/lib/db/generated/client";
import type { AuditRowDto, Json, JsonObject } from "./types";

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** One side of a change as an object of fields; a bare value (rare) is shown as `value`. */
function side(value: unknown): JsonObject | null {
  if (value === undefined || value === null) return null;
  return isObject(value) ? value : { value: value as Json };
}

/** Rows are written as {before, after}; anything else recorded in `changes` is shown as the "after" side. */
export function toAuditRowDto(
  row: AuditLog & { user: { id: string; fullName: string; email: string } | null },
  entityLabel: string | null,
): AuditRowDto {
  const changes = row.changes as unknown;
  const structured = isObject(changes) && ("before" in changes || "after" in changes);
  return {
    id: row.id,
    at: row.timestamp.toISOString(),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    entityLabel,
    actor: row.user ? { id: row.user.id, name: row.user.fullName, email: row.user.email } : null,
    ipAddress: row.ipAddress,
    userAgent: row.userAgent,
    before: structured ? side(changes.before) : null,
    after: structured ? side(changes.after) : side(changes),
  };
}
