import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import type { RequestMeta } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { DocumentAccessAction, Prisma } from "@/lib/db/generated/client";

/** Who touched a document: a signed-in user, or (through a share link or an API key) nobody signed in. */
export type Accessor = { orgId: string; userId: string | null; request: RequestMeta };

/**
 * One append-only row per view, download, share, annotation or print: who, from where, and what
 * (pages viewed, watermark applied...). The document has been checked against the accessor already.
 */
export function accessLogRow(
  accessor: Accessor,
  documentId: string,
  action: DocumentAccessAction,
  metadata: Prisma.InputJsonObject = {},
): Prisma.DocumentAccessLogUncheckedCreateInput {
  return {
    documentId,
    orgId: accessor.orgId,
    userId: accessor.userId,
    action,
    ipAddress: accessor.request.ipAddress?.slice(0, 45) ?? null,
    userAgent: accessor.request.userAgent,
    metadata,
  };
}

export function actorAccessor(actor: Actor | ApiKeyActor): Accessor {
  return { orgId: actor.org.id, userId: actor.user?.id ?? null, request: actor.request };
}

export async function logDocumentAccess(actor: Actor | ApiKeyActor, documentId: string, action: DocumentAccessAction, metadata: Prisma.InputJsonObject = {}) {
  await db.documentAccessLog.create({ data: accessLogRow(actorAccessor(actor), documentId, action, metadata) });
}
