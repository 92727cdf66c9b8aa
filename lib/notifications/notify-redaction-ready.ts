import { CLASSIFICATION_MIN_ROLE } from "@/lib/dataroom/access-rules";
import { roomOfDocument } from "@/lib/dataroom/rooms/room-ref";
import { db } from "@/lib/db/client";
import { createNotifications } from "./create-notifications";
import { listOrgRecipients } from "./list-org-recipients";
import { redactionReadyContent } from "./notification-content";

/**
 * redaction.analyzed -> "ready for review", to whoever asked for the redaction (else the org's
 * managers and admins), if they may still see the document. Nothing for a job no longer in review.
 */
export async function notifyRedactionReady(orgId: string, redactionJobId: string): Promise<string[]> {
  const job = await db.redactionJob.findFirst({ where: { id: redactionJobId, orgId, status: "review" } });
  if (!job) return [];
  const document = await db.document.findFirst({
    where: { id: job.documentId, orgId, isDeleted: false },
    select: { id: true, name: true, classification: true, projectId: true, portfolioId: true },
  });
  const room = document && roomOfDocument(document);
  if (!document || !room) return [];
  const recipients = await listOrgRecipients(orgId, {
    userIds: [job.createdBy],
    minRole: document.classification ? CLASSIFICATION_MIN_ROLE[document.classification] : "viewer",
  });
  return createNotifications(
    recipients,
    redactionReadyContent({ redactionJobId: job.id, documentId: document.id, documentName: document.name, room, entityCount: job.entityCount }),
  );
}
