"use client";

import { Bookmark, Highlighter, MessageSquare, Trash2 } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteAnnotationAction } from "@/lib/dataroom/actions";
import type { AnnotationDto } from "@/lib/dataroom/to-annotation-dto";
import { formatDateTime } from "./format-date-time";

const ICON = { HIGHLIGHT: Highlighter, COMMENT: MessageSquare, BOOKMARK: Bookmark } as const;

type AnnotationPanelProps = {
  annotations: AnnotationDto[];
  mayDelete: (annotation: AnnotationDto) => boolean;
  onSelect: (annotation: AnnotationDto) => void;
  onDeleted: (id: string) => void;
};

/** Every annotation on the document, by page; selecting one opens its page. */
export function AnnotationPanel({ annotations, mayDelete, onSelect, onDeleted }: AnnotationPanelProps) {
  const [deleting, setDeleting] = useState<AnnotationDto | null>(null);
  const remove = useAction(deleteAnnotationAction);
  if (!annotations.length) return <p className="text-sm text-muted-foreground">No annotations yet. Highlight, comment on or bookmark a page to start.</p>;
  return (
    <>
      <ul aria-label="Annotations" className="grid gap-2">
        {annotations.map((a) => {
          const Icon = ICON[a.type];
          return (
            <li key={a.id} className="flex items-start gap-2 rounded-md border border-border p-2 text-sm">
              <span className="mt-0.5 size-3 shrink-0 rounded-full" style={{ background: a.color ?? "#FACC15" }} aria-hidden />
              <button type="button" onClick={() => onSelect(a)} className="grid min-w-0 flex-1 gap-0.5 text-left">
                <span className="flex items-center gap-1.5 font-medium">
                  <Icon aria-hidden className="size-3.5 text-muted-foreground" /> {a.type.charAt(0) + a.type.slice(1).toLowerCase()} · page {a.pageNumber}
                </span>
                {a.text ? <span className="break-words text-foreground/80">{a.text}</span> : null}
                <span className="text-xs text-muted-foreground">
                  {a.userName ?? "Someone"} · {formatDateTime(a.createdAt)}
                </span>
              </button>
              {mayDelete(a) ? (
                <Button variant="ghost" size="icon-sm" aria-label={`Delete ${a.type.toLowerCase()} on page ${a.pageNumber}`} onClick={() => setDeleting(a)}>
                  <Trash2 aria-hidden />
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && (remove.reset(), setDeleting(null))}
        title="Delete this annotation?"
        description="It disappears for everyone in your organisation."
        confirmLabel="Delete"
        pendingLabel="Deleting…"
        error={remove.result.serverError?.message ?? null}
        onConfirm={async () => {
          if (!deleting) return false;
          const result = await remove.executeAsync({ annotationId: deleting.id });
          if (!result?.data) return false;
          onDeleted(deleting.id);
          return true;
        }}
      />
    </>
  );
}
