import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { getDocumentOrThrow } from "./get-document-or-throw";
import { accessLogRow, actorAccessor } from "./log-document-access";
import type { CreateAnnotationInput } from "./schemas";
import { toAnnotationDto } from "./to-annotation-dto";

const DEFAULT_COLOR = { HIGHLIGHT: "#FACC15", COMMENT: "#38BDF8", BOOKMARK: "#A78BFA" } as const;

/** Adds a highlight, comment or bookmark at PDF coordinates; logged as ANNOTATED and audited. */
export async function createAnnotation(actor: Actor, input: CreateAnnotationInput) {
  return auditedWrite(actor, async (tx) => {
    const document = await getDocumentOrThrow(actor, input.documentId, tx);
    const pages = ((document.metadata ?? {}) as { pages?: unknown }).pages;
    if (typeof pages === "number" && input.pageNumber > pages) {
      throw new AppError("VALIDATION", `This document has ${pages} page(s).`, { fieldErrors: { pageNumber: [`Pick a page from 1 to ${pages}.`] } });
    }
    const row = await tx.documentAnnotation.create({
      data: {
        orgId: actor.org.id,
        documentId: document.id,
        userId: actor.user.id,
        type: input.type,
        pageNumber: input.pageNumber,
        position: input.type === "BOOKMARK" ? { x: 0, y: 0, width: 0, height: 0 } : input.position,
        text: input.text || null,
        color: (input.color ?? DEFAULT_COLOR[input.type]).toUpperCase(),
      },
      include: { user: { select: { fullName: true } } },
    });
    await tx.documentAccessLog.create({
      data: accessLogRow(actorAccessor(actor), document.id, "ANNOTATED", { annotationId: row.id, type: row.type, page: row.pageNumber }),
    });
    const dto = toAnnotationDto(row);
    return { result: dto, audit: { action: "annotation.created", entityType: "DocumentAnnotation", entityId: row.id, changes: { after: dto } } };
  });
}
