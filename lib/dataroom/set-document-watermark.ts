import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { listDocumentVersions } from "./list-document-versions";
import type { SetDocumentWatermarkInput } from "./schemas";

/**
 * Turns download watermarking on or off for a document after upload. It applies to every version
 * of the chain, not only the current one: a chain shares one setting (a new version inherits it),
 * and an older version left unstamped would be the way around a watermark just switched on.
 * Only PDFs are stamped, so only a PDF can have it switched on; switching it off is always allowed.
 */
export async function setDocumentWatermark(actor: Actor, input: SetDocumentWatermarkInput) {
  const versions = await listDocumentVersions(actor, input.documentId);
  const current = versions[0]!;
  if (input.enabled && current.fileType !== "pdf") {
    throw new AppError("VALIDATION", "Only PDFs can be watermarked: other files download as they were uploaded.");
  }
  const ids = versions.map((v) => v.id);
  const changed = versions.filter((v) => v.watermarkEnabled !== input.enabled).map((v) => v.id);
  return auditedWrite(actor, async (tx) => {
    const { count } = await tx.document.updateMany({
      where: { id: { in: ids }, orgId: actor.org.id, isDeleted: false },
      data: { watermarkEnabled: input.enabled },
    });
    if (count === 0) throw notFound("Document");
    return {
      result: { id: current.id, watermarkEnabled: input.enabled, versions: count },
      audit: {
        action: input.enabled ? "document.watermark_enabled" : "document.watermark_disabled",
        entityType: "Document",
        entityId: current.id,
        changes: { before: { watermarkEnabled: current.watermarkEnabled, changedVersionIds: changed }, after: { watermarkEnabled: input.enabled, versionIds: ids } },
      },
    };
  });
}
