import type { RequestMeta } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { DocumentAccessAction, Prisma } from "@/lib/db/generated/client";
import { accessLogRow } from "../log-document-access";
import type { ResolvedShareLink } from "./resolve-share-link";

/**
 * A view or download through a share link: nobody is signed in, so the row has no user; it is
 * tied to the document's org, to the SHARED row the link came from and to the recipient it names.
 */
export async function logSharedAccess(
  link: ResolvedShareLink,
  request: RequestMeta,
  action: Extract<DocumentAccessAction, "VIEWED" | "DOWNLOADED">,
  metadata: Prisma.InputJsonObject = {},
) {
  const via = { via: "share-link", sharedLogId: link.claims.sharedLogId, recipientEmail: link.claims.recipientEmail, ...metadata };
  await db.documentAccessLog.create({ data: accessLogRow({ orgId: link.document.orgId, userId: null, request }, link.document.id, action, via) });
}
