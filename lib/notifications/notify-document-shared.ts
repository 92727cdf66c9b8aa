import { signShareToken } from "@/lib/dataroom/share/share-token";
import { db } from "@/lib/db/client";
import { createNotifications } from "./create-notifications";
import { documentSharedContent } from "./notification-content";

type SharedDetails = { recipientEmail?: unknown; expiresAt?: unknown; note?: unknown };

/**
 * Emails are unique platform-wide, so a share recipient may be a user of any org: this lookup
 * reads across tenants on purpose, by the exact address the sharer typed, and returns only the
 * id and org needed to address them.
 */
async function unsafeFindActiveUserByEmail(email: string) {
  return db.user.findFirst({ where: { email: { equals: email, mode: "insensitive" }, isActive: true }, select: { id: true, orgId: true } });
}

/**
 * document.shared -> when the recipient's address belongs to a platform user, they are told in
 * the app (and by mail, per their settings) with the link itself. The token is stateless and
 * deterministic, so it is signed again from the SHARED row's facts: the same link the sharer got.
 * Nothing for an outside address, the sharer themselves, or a link that has already expired.
 */
export async function notifyDocumentShared(orgId: string, sharedLogId: string, now = new Date()): Promise<string[]> {
  const log = await db.documentAccessLog.findFirst({
    where: { id: sharedLogId, orgId, action: "SHARED" },
    select: {
      documentId: true,
      userId: true,
      metadata: true,
      document: { select: { name: true, isDeleted: true } },
      user: { select: { fullName: true } },
      org: { select: { name: true } },
    },
  });
  const details = (log?.metadata ?? {}) as SharedDetails;
  if (!log || log.document.isDeleted || typeof details.recipientEmail !== "string" || typeof details.expiresAt !== "string") return [];
  const expiresAt = new Date(details.expiresAt);
  if (!(expiresAt.getTime() > now.getTime())) return [];
  const recipient = await unsafeFindActiveUserByEmail(details.recipientEmail);
  if (!recipient || recipient.id === log.userId) return [];

  const token = signShareToken({ documentId: log.documentId, orgId, sharedLogId, recipientEmail: details.recipientEmail, expiresAt });
  return createNotifications(
    [{ orgId: recipient.orgId, userId: recipient.id }],
    documentSharedContent({
      sharedLogId,
      token,
      sharerName: log.user?.fullName ?? "Someone",
      orgName: log.org.name,
      documentName: log.document.name,
      expiresAt,
      note: typeof details.note === "string" && details.note ? details.note : null,
    }),
  );
}
