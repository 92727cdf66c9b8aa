import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { DEAD_LINK_MESSAGE, SHAREABLE_CLASSIFICATIONS } from "./share-rules";
import { verifyShareToken } from "./share-token";

const deadLink = () => new AppError("NOT_FOUND", DEAD_LINK_MESSAGE);

/**
 * The document behind a share link, for a visitor with no session. The org comes from the signed
 * token, which only createShareLink mints after checking the sharer's access; the rest is checked
 * again now, since it may have changed since: the document is still there (not soft-deleted), still
 * shareable, and the SHARED row the link was issued with still exists and was not revoked by its
 * sharer. Any failure is the same NOT_FOUND, so a visitor cannot tell an expired link from a
 * forged, revoked one or a deleted document.
 */
export async function resolveShareLink(token: string, now: Date = new Date()) {
  const claims = verifyShareToken(token, now);
  if (!claims) throw deadLink();
  const [document, issued] = await Promise.all([
    db.document.findFirst({
      where: {
        id: claims.documentId,
        orgId: claims.orgId,
        isDeleted: false,
        OR: [{ classification: null }, { classification: { in: [...SHAREABLE_CLASSIFICATIONS] } }],
      },
      include: { org: { select: { name: true } } },
    }),
    db.documentAccessLog.findFirst({
      where: { id: claims.sharedLogId, documentId: claims.documentId, orgId: claims.orgId, action: "SHARED", shareRevocation: null },
      select: { createdAt: true },
    }),
  ]);
  if (!document || !issued) throw deadLink();
  return { document, sharerOrgName: document.org.name, claims, issuedAt: issued.createdAt };
}

export type ResolvedShareLink = Awaited<ReturnType<typeof resolveShareLink>>;
