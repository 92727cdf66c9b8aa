import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { deleteObjectsUnder } from "@/lib/storage/objects";
import { getDocumentOrThrow } from "../get-document-or-throw";
import type { RevokeShareLinkInput } from "./schemas";
import { shareCachePrefix } from "./watermarked-share-copy";

const str = (value: unknown) => (typeof value === "string" ? value : null);

/**
 * Withdraws one share link before it expires: the link answers like an expired one from the next
 * request on. The link is found by its SHARED row within the actor's org, and its document must be
 * one the actor may see, so another org's link, or one on a document above the actor's clearance,
 * is the same 404 as an unknown one. Audited; the link's cached watermarked copies are removed
 * once the withdrawal has committed.
 */
export async function revokeShareLink(actor: Actor, input: RevokeShareLinkInput, now: Date = new Date()): Promise<{ sharedLogId: string; revokedAt: string }> {
  const result = await auditedWrite(actor, async (tx) => {
    const shared = await tx.documentAccessLog.findFirst({
      where: { id: input.sharedLogId, orgId: actor.org.id, action: "SHARED" },
      include: { shareRevocation: { select: { revokedAt: true } } },
    });
    if (!shared) throw notFound("Share link");
    const document = await getDocumentOrThrow(actor, shared.documentId, tx);
    if (shared.shareRevocation) throw new AppError("CONFLICT", "This link has already been revoked.");
    const details = (shared.metadata ?? {}) as Record<string, unknown>;
    const revocation = await tx.documentShareRevocation.create({
      data: { sharedLogId: shared.id, orgId: actor.org.id, documentId: document.id, revokedBy: actor.user.id, revokedAt: now },
    });
    return {
      result: { sharedLogId: shared.id, revokedAt: revocation.revokedAt.toISOString() },
      audit: {
        action: "document.share_revoked",
        entityType: "Document",
        entityId: document.id,
        changes: {
          before: { accessLogId: shared.id, recipientEmail: str(details.recipientEmail), expiresAt: str(details.expiresAt) },
          after: { revokedAt: revocation.revokedAt.toISOString() },
        },
      },
    };
  });
  // The copies are only a cache: a leftover one is unreachable (the link now refuses), so a storage hiccup here is logged, not raised.
  await deleteObjectsUnder(shareCachePrefix(actor.org.id, result.sharedLogId)).catch((error) => console.error("share cache cleanup failed", error));
  return result;
}
