import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getDocumentOrThrow } from "../get-document-or-throw";
import { extractedPages } from "./get-redaction-job-or-throw";

/** A redaction still being worked on: a second request joins it instead of starting another. */
const IN_FLIGHT = ["pending", "analyzing"];

/**
 * Opens a redaction job (pending) on a READY PDF with extracted text; the analysis runs as a job.
 * Ten clicks make one job: requests are serialised per document and join the one in flight.
 */
export async function startRedaction(actor: Actor, documentId: string) {
  const document = await getDocumentOrThrow(actor, documentId);
  if (document.fileType !== "pdf" || document.status !== "READY") throw new AppError("VALIDATION", "Only a PDF that has finished processing can be redacted.");
  if (!(await extractedPages(document.id))) throw new AppError("VALIDATION", "This PDF has no extracted text to analyse.");
  const job = await auditedWrite(actor, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`redaction:${document.id}`}, 0))`;
    const running = await tx.redactionJob.findFirst({
      where: { orgId: actor.org.id, documentId: document.id, status: { in: IN_FLIGHT } },
      orderBy: { createdAt: "desc" },
    });
    if (running) return { result: running, audit: [] };
    const row = await tx.redactionJob.create({ data: { orgId: actor.org.id, documentId: document.id, createdBy: actor.user.id, status: "pending" } });
    await emit(tx, "redaction.requested", { orgId: actor.org.id, redactionJobId: row.id });
    return {
      result: row,
      audit: { action: "redaction.started", entityType: "RedactionJob", entityId: row.id, changes: { after: { documentId: document.id, status: "pending" } } },
    };
  });
  return { id: job.id, status: job.status };
}
