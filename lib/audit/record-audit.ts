import { type AuditActor, principalKind, principalRef } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/create-db-client";
import type { Prisma } from "@/lib/db/generated/client";

export type AuditEntry = {
  action: `${string}.${string}`;
  entityType: string;
  entityId: string | null;
  changes?: { before?: unknown; after?: unknown } | null;
};

/** JSON-safe copy: Decimals and Dates become strings, so before/after read the same later. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const kind = principalKind(actor);
  await tx.auditLog.create({
    data: {
      actor: kind === "user" ? undefined : { create: { kind, ref: principalRef(actor)?.slice(0, 100) ?? null } },
      orgId: actor.org.id,
      userId: actor.user?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: entry.changes ? toJson(entry.changes) : undefined,
      ipAddress: actor.request.ipAddress?.slice(0, 45) ?? null,
      userAgent: actor.request.userAgent,
    },
  });
}
