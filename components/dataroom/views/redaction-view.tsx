import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { dataroomAccess } from "@/lib/dataroom/access";
import { getDocumentOrThrow } from "@/lib/dataroom/get-document-or-throw";
import { listRedactionJobs } from "@/lib/dataroom/redaction/list-redaction-jobs";
import { requireRoomPage } from "@/lib/dataroom/rooms/require-room-page";
import { documentHref, roomOfDocument, roomPath, sameRoom, type RoomRef } from "@/lib/dataroom/rooms/room-ref";
import { orNotFound } from "@/lib/errors/or-not-found";
import { RedactionReview } from "../redaction-review";

/** The latest redaction job of a PDF: start one, review detections, get the redacted copy. */
export async function RedactionView({ roomRef, documentId }: { roomRef: RoomRef; documentId: string }) {
  const { tenant, room } = await requireRoomPage(roomRef);
  const ref: RoomRef = { kind: room.kind, id: room.id };
  const document = await orNotFound(getDocumentOrThrow(tenant, documentId));
  if (!sameRoom(roomOfDocument(document), ref) || document.fileType !== "pdf") notFound();
  const [latest] = await listRedactionJobs(tenant, document.id);
  const viewerBase = `${roomPath(ref)}/documents`;

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Data room", href: "/dataroom" },
          { label: room.name, href: roomPath(ref) },
          { label: document.name, href: documentHref(ref, document.id) },
          { label: "Redaction" },
        ]}
        title="Redact personal data"
        description="Emails, phone numbers, IBANs, account numbers, national IDs, names and addresses are found by offline rules, and by the AI engine when one is configured. You decide what is removed; the redacted copy is a new PDF whose text no longer contains it."
      />
      {/* Keyed by status too: the review starts with every detection ticked, and the detections only arrive when analysis ends. */}
      <RedactionReview
        key={latest ? `${latest.id}:${latest.status}` : "none"}
        documentId={document.id}
        job={latest ?? null}
        canWrite={hasAccess(tenant, dataroomAccess.write)}
        viewerBase={viewerBase}
      />
    </>
  );
}
