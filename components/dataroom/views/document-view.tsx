import { Download, ShieldCheck } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssistantContext } from "@/components/assistant/assistant-context";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { ROLE_RANK } from "@/lib/auth/permissions";
import { dataroomAccess } from "@/lib/dataroom/access";
import { getRequestMeta } from "@/lib/auth/request-meta";
import { getDocumentView } from "@/lib/dataroom/get-document-view";
import { listShareLinks } from "@/lib/dataroom/share/list-share-links";
import { requireRoomPage } from "@/lib/dataroom/rooms/require-room-page";
import { documentHref, roomOfDocument, roomPath, sameRoom, type RoomRef } from "@/lib/dataroom/rooms/room-ref";
import { formatBytes } from "@/lib/dataroom/upload-limits";
import { orNotFound } from "@/lib/errors/or-not-found";
import { ClassificationBadge, DocumentStatusBadge } from "../document-badges";
import { ExtractedTextView } from "../extracted-text-view";
import { PdfViewer } from "../pdf-viewer";
import { isProcessing } from "../processing-watch";
import { RefreshWhileProcessing } from "../refresh-while-processing";
import { ShareDocumentButton } from "../share-document-dialog";
import { ShareLinksButton } from "../share-links-dialog";
import { WatermarkDialog } from "../watermark-dialog";

type DocumentViewProps = { roomRef: RoomRef; documentId: string; initialPage: number };

/** One document: PDF viewer with annotations, an image, or an office file's extracted text. */
export async function DocumentView({ roomRef, documentId, initialPage }: DocumentViewProps) {
  const { tenant, room } = await requireRoomPage(roomRef);
  const ref: RoomRef = { kind: room.kind, id: room.id };
  const { document, pages, annotations } = await orNotFound(getDocumentView({ ...tenant, request: await getRequestMeta() }, documentId));
  if (!sameRoom(roomOfDocument(document), ref)) notFound();
  const fileUrl = `/api/dataroom/documents/${document.id}/download`;
  const canWrite = hasAccess(tenant, dataroomAccess.write);
  // Sharers see the links issued for this version, so they can withdraw one.
  const shareLinks = hasAccess(tenant, dataroomAccess.share) ? await listShareLinks(tenant, document.id) : [];

  return (
    <>
      <AssistantContext type="DOCUMENT" entityId={document.id} label={document.name} />
      <PageHeader
        breadcrumbs={[{ label: "Data room", href: "/dataroom" }, { label: room.name, href: roomPath(ref) }, { label: document.name }]}
        title={<span className="break-all">{document.name}</span>}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <DocumentStatusBadge status={document.status} title={document.errorMessage} progress={document.progress} />
            <ClassificationBadge classification={document.classification} />
            <span>
              Version {document.version} · {formatBytes(document.sizeBytes)}
              {document.watermarkEnabled ? " · downloads are watermarked" : ""}
            </span>
          </span>
        }
        actions={
          <>
            {document.fileType === "pdf" && document.status === "READY" && canWrite ? (
              <Button asChild variant="outline">
                <Link href={`${documentHref(ref, document.id)}/redaction`}>
                  <ShieldCheck aria-hidden /> Redact personal data
                </Link>
              </Button>
            ) : null}
            {canWrite && (document.fileType === "pdf" || document.watermarkEnabled) ? (
              <WatermarkDialog trigger document={{ id: document.id, name: document.name, watermarkEnabled: document.watermarkEnabled }} />
            ) : null}
            {canWrite ? <ShareDocumentButton documentId={document.id} documentName={document.name} classification={document.classification} /> : null}
            <ShareLinksButton documentName={document.name} links={shareLinks} />
            <Button asChild variant="outline">
              <a href={fileUrl}>
                <Download aria-hidden /> Download
              </a>
            </Button>
          </>
        }
      />
      <RefreshWhileProcessing kind="document" watch={isProcessing(document) ? [{ id: document.id, status: document.status }] : []} />
      {document.fileType === "pdf" && document.status !== "ERROR" ? (
        <PdfViewer
          documentId={document.id}
          fileUrl={`${fileUrl}?inline=1`}
          pageTexts={pages}
          initialAnnotations={annotations}
          canAnnotate={canWrite}
          userId={tenant.user.id}
          canModerate={ROLE_RANK[tenant.role] >= ROLE_RANK.manager}
          initialPage={initialPage}
        />
      ) : document.fileType === "png" || document.fileType === "jpg" ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private, per-request file: no image optimisation
        <img src={`${fileUrl}?inline=1`} alt={document.name} className="mx-auto max-h-[80vh] rounded-lg border border-border bg-surface object-contain" />
      ) : (
        <ExtractedTextView pages={pages} status={document.status} errorMessage={document.errorMessage} fileType={document.fileType} />
      )}
    </>
  );
}
