"use client";

import { Download, Eye, GripVertical, History, MoreHorizontal, MoveRight, Stamp, Trash2 } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LazyMenu } from "@/components/ui/lazy-menu";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { deleteDocumentAction } from "@/lib/dataroom/actions";
import type { FolderNode } from "@/lib/dataroom/list-folder-tree";
import { documentHref, type RoomRef } from "@/lib/dataroom/rooms/room-ref";
import type { DocumentDto } from "@/lib/dataroom/to-document-dto";
import { formatBytes, type UploadLimit } from "@/lib/dataroom/upload-limits";
import { ClassificationBadge, DocumentStatusBadge } from "./document-badges";
import { setDragPayload } from "./drag-payload";
import { FileTypeIcon } from "./file-type-icon";
import { formatDateTime } from "./format-date-time";
import { MoveDialog, useOpenedOnce, VersionHistoryDialog, WatermarkDialog } from "./lazy-dialogs";
import type { MoveItem } from "./move-dialog";

type DocumentTableProps = { documents: DocumentDto[]; canWrite: boolean; limit: UploadLimit; room: RoomRef; tree: FolderNode[] };

const downloadHref = (id: string) => `/api/dataroom/documents/${id}/download`;

/**
 * The folder's current documents; history, new versions, moves, watermarking and deletion from
 * each row's menu. Writers can also drag a row onto a folder in the tree.
 */
export function DocumentTable({ documents, canWrite, limit, room, tree }: DocumentTableProps) {
  const viewerHref = (id: string) => documentHref(room, id);
  const router = useRouter();
  const [history, setHistory] = useState<DocumentDto | null>(null);
  const [deleting, setDeleting] = useState<DocumentDto | null>(null);
  const [moving, setMoving] = useState<MoveItem | null>(null);
  const [watermarking, setWatermarking] = useState<DocumentDto | null>(null);
  const moveOpened = useOpenedOnce(moving);
  const watermarkOpened = useOpenedOnce(watermarking);
  const historyOpened = useOpenedOnce(history);
  const remove = useAction(deleteDocumentAction);

  return (
    <>
      <Table>
        <THead>
          <TR>
            <TH>Name</TH>
            <TH>Status</TH>
            <TH className="hidden md:table-cell">Classification</TH>
            <TH className="hidden sm:table-cell">Size</TH>
            <TH className="hidden lg:table-cell">Uploaded</TH>
            <TH className="w-12">
              <span className="sr-only">Actions</span>
            </TH>
          </TR>
        </THead>
        <TBody>
          {documents.map((d) => {
            const readable = d.status === "READY" || d.status === "PROCESSING" || d.status === "ERROR";
            return (
              <TR
                key={d.id}
                data-testid="document-row"
                draggable={canWrite}
                onDragStart={(e) => setDragPayload(e, { kind: "document", id: d.id, name: d.name })}
                className={canWrite ? "group/row" : undefined}
              >
                <TD>
                  <div className="flex min-w-0 items-center gap-3">
                    {canWrite ? (
                      <GripVertical aria-hidden className="-mr-2 size-4 shrink-0 cursor-grab text-muted-foreground/40 group-hover/row:text-muted-foreground" />
                    ) : null}
                    <FileTypeIcon fileType={d.fileType} />
                    <div className="grid min-w-0">
                      {readable ? (
                        <Link href={viewerHref(d.id)} className="truncate font-medium hover:underline">
                          {d.name}
                        </Link>
                      ) : (
                        <span className="truncate font-medium">{d.name}</span>
                      )}
                      <span className="flex items-center gap-1.5 text-xs text-muted-foreground">
                        {d.fileType.toUpperCase()} · v{d.version}
                        {d.watermarkEnabled ? (
                          <span className="inline-flex items-center gap-0.5" title="PDF downloads carry the viewer's watermark">
                            <Stamp aria-hidden className="size-3" /> Watermarked
                          </span>
                        ) : null}
                      </span>
                    </div>
                  </div>
                </TD>
                <TD>
                  <DocumentStatusBadge status={d.status} title={d.errorMessage} progress={d.progress} />
                  {d.errorMessage ? <p className="mt-1 max-w-56 text-xs text-danger">{d.errorMessage}</p> : null}
                </TD>
                <TD className="hidden md:table-cell">
                  <ClassificationBadge classification={d.classification} />
                </TD>
                <TD className="hidden whitespace-nowrap sm:table-cell">{formatBytes(d.sizeBytes)}</TD>
                <TD className="hidden lg:table-cell">
                  <span className="block whitespace-nowrap">{formatDateTime(d.createdAt)}</span>
                  <span className="text-xs text-muted-foreground">{d.uploaderName}</span>
                </TD>
                <TD>
                  <LazyMenu
                    trigger={
                      <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${d.name}`}>
                        <MoreHorizontal aria-hidden />
                      </Button>
                    }
                    content={({ Item, Separator }) => (
                      <>
                        <Item asChild disabled={!readable}>
                          <Link href={viewerHref(d.id)}>
                            <Eye aria-hidden /> Open
                          </Link>
                        </Item>
                        <Item asChild disabled={!readable}>
                          <a href={downloadHref(d.id)}>
                            <Download aria-hidden /> Download
                          </a>
                        </Item>
                        <Item onSelect={() => setHistory(d)}>
                          <History aria-hidden /> Versions{canWrite ? " & new version" : ""}
                        </Item>
                        {canWrite ? (
                          <>
                            <Item onSelect={() => setMoving({ kind: "document", id: d.id, name: d.name, folderId: d.folderId })}>
                              <MoveRight aria-hidden /> Move to…
                            </Item>
                            {d.fileType === "pdf" || d.watermarkEnabled ? (
                              <Item onSelect={() => setWatermarking(d)}>
                                <Stamp aria-hidden /> {d.watermarkEnabled ? "Stop watermarking" : "Watermark downloads"}
                              </Item>
                            ) : null}
                            <Separator />
                            <Item variant="destructive" onSelect={() => setDeleting(d)}>
                              <Trash2 aria-hidden /> Delete
                            </Item>
                          </>
                        ) : null}
                      </>
                    )}
                  />
                </TD>
              </TR>
            );
          })}
        </TBody>
      </Table>
      {moveOpened ? <MoveDialog tree={tree} item={moving} onClose={() => setMoving(null)} /> : null}
      {watermarkOpened ? <WatermarkDialog document={watermarking} onClose={() => setWatermarking(null)} /> : null}
      {historyOpened ? <VersionHistoryDialog document={history} canWrite={canWrite} limit={limit} onClose={() => setHistory(null)} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && (remove.reset(), setDeleting(null))}
        title={`Delete “${deleting?.name ?? ""}”?`}
        description="The document and all its versions leave the data room for everyone in your organisation. The audit trail keeps a record."
        confirmLabel="Delete document"
        pendingLabel="Deleting…"
        error={remove.result.serverError?.message ?? null}
        onConfirm={async () => {
          if (!deleting) return false;
          const result = await remove.executeAsync({ documentId: deleting.id });
          if (!result?.data) return false;
          router.refresh();
          return true;
        }}
      />
    </>
  );
}
