import { randomUUID } from "node:crypto";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getDocumentOrThrow } from "../get-document-or-throw";
import { accessLogRow, actorAccessor } from "../log-document-access";
import { SHARE_EXPIRY_SECONDS, type CreateShareLinkInput } from "./schemas";
import { isShareable, NOT_SHAREABLE_MESSAGE } from "./share-rules";
import { signShareToken } from "./share-token";

export type ShareLinkDto = { path: string; recipientEmail: string; expiresAt: string };

/**
 * A signed link to one exact version of a document the actor may see, for someone outside the
 * platform. Nothing is stored but the SHARED access-log row (whose id the token carries) and the
 * audit row, in one transaction: the link is only ever shown to the sharer, this once.
 */
export async function createShareLink(actor: Actor, input: CreateShareLinkInput, now: Date = new Date()): Promise<ShareLinkDto> {
  const document = await getDocumentOrThrow(actor, input.documentId);
  if (!isShareable(document.classification)) throw new AppError("FORBIDDEN", NOT_SHAREABLE_MESSAGE);
  if (document.status === "UPLOADING") throw new AppError("CONFLICT", "This file is still uploading: share it once it is stored.");

  // Whole seconds, as the token keeps it: the log, the audit row and the link then name the same instant.
  const expiresAt = new Date((Math.floor(now.getTime() / 1000) + SHARE_EXPIRY_SECONDS[input.expiresIn]) * 1000);
  const sharedLogId = randomUUID();
  // Signed before anything is written: without a signing secret nothing is logged as shared.
  const token = signShareToken({ documentId: document.id, orgId: actor.org.id, sharedLogId, recipientEmail: input.recipientEmail, expiresAt });
  const details = { recipientEmail: input.recipientEmail, expiresAt: expiresAt.toISOString(), ...(input.note ? { note: input.note } : {}) };

  return auditedWrite(actor, async (tx) => {
    await tx.documentAccessLog.create({
      data: { ...accessLogRow(actorAccessor(actor), document.id, "SHARED", { ...details, version: document.version }), id: sharedLogId },
    });
    await emit(tx, "document.shared", { orgId: actor.org.id, documentId: document.id, sharedLogId });
    return {
      result: { path: `/shared/${token}`, recipientEmail: input.recipientEmail, expiresAt: details.expiresAt },
      audit: {
        action: "document.shared",
        entityType: "Document",
        entityId: document.id,
        changes: { after: { ...details, accessLogId: sharedLogId, version: document.version } },
      },
    };
  });
}
