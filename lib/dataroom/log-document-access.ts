import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { DocumentAccessAction, Prisma } from "@/lib/db/generated/client";

/**
 * One append-only row per view, download, share, annotation or print: who, from where, and what
 * (pages viewed, watermark applied...). The document has been checked against the tenant already.
 */
export async function logDocumentAccess(
  actor: Actor,
  documentId: string,
  action: DocumentAccessAction,
  metadata: Prisma.InputJsonObject = {},
) {
  await db.documentAccessLog.create({
    data: {
      documentId,
      orgId: actor.org.id,
      userId: actor.user.id,
      action,
      ipAddress: actor.request.ipAddress?.slice(0, 45) ?? null,
      userAgent: actor.request.userAgent,
      metadata,
    },
  });
}
