import type { AuditLog } from "@/lib/db/generated/client";
import { describeAuditEntry } from "./describe-audit-entry";
import type { AuditNames } from "./resolve-entity-labels";
import type { AuditRowDto, Json, JsonObject } from "./types";

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** One side of a change as an object of fields; a bare value (rare) is shown as `value`. */
function side(value: unknown): JsonObject | null {
  if (value === undefined || value === null) return null;
  return isObject(value) ? value : { value: value as Json };
}

/** Rows are written as {before, after}; anything else recorded in `changes` is shown as the "after" side. */
export function toAuditRowDto(row: AuditLog & { user: { id: string; fullName: string; email: string } | null }, names: AuditNames): AuditRowDto {
  const changes = row.changes as unknown;
  const structured = isObject(changes) && ("before" in changes || "after" in changes);
  // An entry about a document above the reader's clearance shows what happened, never what it recorded.
  const hidden = names.hidesDocument(row);
  const before = hidden ? null : structured ? side(changes.before) : null;
  const after = hidden ? null : structured ? side(changes.after) : side(changes);
  const entityLabel = names.entity(row);
  return {
    id: row.id,
    at: row.timestamp.toISOString(),
    action: row.action,
    entityType: row.entityType,
    // Nor its id: nothing to link to or look up.
    entityId: hidden ? null : row.entityId,
    entityLabel,
    actor: row.user ? { id: row.user.id, name: row.user.fullName, email: row.user.email } : null,
    ipAddress: row.ipAddress,
    userAgent: row.userAgent,
    before,
    after,
    sentence: describeAuditEntry({
      action: row.action,
      entityType: row.entityType,
      actor: row.user?.fullName ?? null,
      entity: entityLabel,
      before,
      after,
      ref: names.ref,
      score: row.entityType === "SignalScore" ? names.score(row.entityId) : null,
    }),
    projectId: names.projectOf(row),
  };
}
