"use client";

import { Download, LoaderCircle } from "lucide-react";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { DocumentDto } from "@/lib/dataroom/to-document-dto";
import { formatBytes, type UploadLimit } from "@/lib/dataroom/upload-limits";
import { DocumentStatusBadge } from "./document-badges";
import { formatDateTime } from "./format-date-time";
import { UploadDropzone } from "./upload-dropzone";

type VersionHistoryDialogProps = {
  document: DocumentDto | null;
  canWrite: boolean;
  limit: UploadLimit;
  onClose: () => void;
};

/** Every version of a document, newest first, each downloadable; writers can add the next one. */
export function VersionHistoryDialog({ document, canWrite, limit, onClose }: VersionHistoryDialogProps) {
  const [versions, setVersions] = useState<DocumentDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    if (!document) return;
    let live = true;
    setVersions(null);
    setError(null);
    fetch(`/api/dataroom/documents/${document.id}/versions`)
      .then(async (response) => {
        const body = (await response.json()) as { versions?: DocumentDto[]; error?: { message: string } };
        if (!live) return;
        if (body.versions) setVersions(body.versions);
        else setError(body.error?.message ?? "The history could not be loaded.");
      })
      .catch(() => live && setError("The history could not be loaded."));
    return () => {
      live = false;
    };
  }, [document, reload]);

  return (
    <Dialog open={document !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-w-lg">
        <DialogHeader>
          <DialogTitle>Version history</DialogTitle>
          <DialogDescription className="truncate">{document?.name}</DialogDescription>
        </DialogHeader>
        {error ? <Alert variant="danger">{error}</Alert> : null}
        {versions === null && !error ? (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <LoaderCircle aria-hidden className="size-4 animate-spin" /> Loading versions…
          </p>
        ) : null}
        {versions ? (
          <ol className="grid max-h-80 gap-2 overflow-y-auto">
            {versions.map((v, index) => (
              <li key={v.id} className="flex items-center justify-between gap-3 rounded-md border border-border px-3 py-2 text-sm">
                <div className="grid min-w-0 gap-0.5">
                  <span className="flex items-center gap-2 font-medium">
                    Version {v.version} {index === 0 ? <span className="text-xs font-normal text-success">current</span> : null}
                    <DocumentStatusBadge status={v.status} title={v.errorMessage} />
                  </span>
                  {v.name !== document?.name ? <span className="truncate text-xs text-muted-foreground">{v.name}</span> : null}
                  <span className="text-xs text-muted-foreground">
                    {formatBytes(v.sizeBytes)} · {v.uploaderName ?? "Unknown"} · {formatDateTime(v.createdAt)}
                  </span>
                </div>
                <Button asChild variant="outline" size="sm">
                  <a href={`/api/dataroom/documents/${v.id}/download`} aria-label={`Download version ${v.version}`}>
                    <Download aria-hidden /> Download
                  </a>
                </Button>
              </li>
            ))}
          </ol>
        ) : null}
        {canWrite && document ? (
          <div className="grid gap-2 border-t border-border pt-4">
            <h3 className="text-sm font-semibold">Upload a new version</h3>
            <UploadDropzone folderId={document.folderId} limit={limit} classifications={[]} parentDocumentId={document.id} onDone={() => setReload((n) => n + 1)} />
          </div>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
