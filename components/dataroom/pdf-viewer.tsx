"use client";

import { Bookmark, Highlighter, MessageSquare } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import { createAnnotationAction } from "@/lib/dataroom/actions";
import type { AnnotationDto, AnnotationPosition } from "@/lib/dataroom/to-annotation-dto";
import { AnnotationOverlay } from "./annotation-overlay";
import { AnnotationPanel } from "./annotation-panel";
import { PdfPageCanvas } from "./pdf-page-canvas";
import { PdfToolbar, ZOOM_STEPS } from "./pdf-toolbar";
import { usePdfDocument } from "./use-pdf-document";
import { usePrintLogging } from "./use-print-logging";

type PdfViewerProps = {
  documentId: string;
  fileUrl: string;
  pageTexts: { page: number; text: string }[];
  initialAnnotations: AnnotationDto[];
  canAnnotate: boolean;
  userId: string;
  canModerate: boolean;
  /** Opens on this page, e.g. the page a Signal Score citation points at. */
  initialPage?: number;
};

type Mode = "HIGHLIGHT" | "COMMENT" | null;

export function PdfViewer({ documentId, fileUrl, pageTexts, initialAnnotations, canAnnotate, userId, canModerate, initialPage = 1 }: PdfViewerProps) {
  const { pdf, error } = usePdfDocument(fileUrl);
  const [page, setPage] = useState(Math.max(1, Math.floor(initialPage)));
  const [scale, setScale] = useState(1);
  const [query, setQuery] = useState("");
  const [mode, setMode] = useState<Mode>(null);
  const [annotations, setAnnotations] = useState(initialAnnotations);
  const [selected, setSelected] = useState<string | null>(null);
  const [pendingComment, setPendingComment] = useState<{ page: number; position: AnnotationPosition } | null>(null);
  const [comment, setComment] = useState("");
  const create = useAction(createAnnotationAction, {
    onSuccess: ({ data }) => {
      if (!data) return;
      setAnnotations((all) => [...all, data].sort((a, b) => a.pageNumber - b.pageNumber || a.createdAt.localeCompare(b.createdAt)));
      setSelected(data.id);
      setPendingComment(null);
      setComment("");
      setMode(null);
    },
  });
  const hits = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return needle.length >= 2 ? pageTexts.filter((p) => p.text.toLowerCase().includes(needle)).map((p) => p.page) : [];
  }, [query, pageTexts]);
  const pageCount = pdf?.numPages ?? 1;
  const scroller = useRef<HTMLDivElement>(null);
  const printing = usePrintLogging(documentId, page);

  // Start at the largest zoom step that fits the page's width: on a phone, no sideways scrolling.
  useEffect(() => {
    if (!pdf || !scroller.current) return;
    const available = scroller.current.clientWidth - 32;
    void pdf.getPage(1).then((first) => {
      const fit = available / first.getViewport({ scale: 1 }).width;
      setScale([...ZOOM_STEPS].reverse().find((step) => step <= Math.min(fit, 1)) ?? ZOOM_STEPS[0]!);
    });
  }, [pdf]);

  function drawn(position: AnnotationPosition) {
    if (mode === "HIGHLIGHT") create.execute({ documentId, type: "HIGHLIGHT", pageNumber: page, position });
    else if (mode === "COMMENT") setPendingComment({ page, position });
  }

  if (error) return <Alert variant="danger">{error}</Alert>;
  return (
    <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="grid min-w-0 content-start gap-3">
        <PdfToolbar
          page={page}
          pageCount={pageCount}
          scale={scale}
          query={query}
          hits={hits}
          onPage={setPage}
          onScale={setScale}
          onQuery={setQuery}
          onPrint={() => void printing.print()}
          printing={printing.isPending}
        />
        <div
          ref={scroller}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so keyboard users can scroll a page that is wider or taller than the frame
          tabIndex={0}
          role="region"
          aria-label={`Document page ${page} of ${pageCount}`}
          className="overflow-auto rounded-lg border border-border bg-muted/60 p-4"
          style={{ maxHeight: "80vh" }}
        >
          {pdf ? (
            <PdfPageCanvas
              pdf={pdf}
              pageNumber={page}
              scale={scale}
              overlay={(viewport) => (
                <AnnotationOverlay
                  viewport={viewport}
                  annotations={annotations.filter((a) => a.pageNumber === page)}
                  drawing={mode !== null}
                  onDrawn={drawn}
                  selectedId={selected}
                />
              )}
            />
          ) : (
            <Skeleton className="mx-auto h-[70vh] w-full max-w-[595px]" />
          )}
        </div>
      </div>
      <aside className="grid content-start gap-3" aria-label="Annotations panel">
        {canAnnotate ? (
          <div className="grid gap-2 rounded-lg border border-border bg-surface p-3">
            <h2 className="text-sm font-semibold">Annotate page {page}</h2>
            <div className="flex flex-wrap gap-2">
              <Button
                size="sm"
                variant={mode === "HIGHLIGHT" ? "default" : "outline"}
                aria-pressed={mode === "HIGHLIGHT"}
                onClick={() => setMode(mode === "HIGHLIGHT" ? null : "HIGHLIGHT")}
              >
                <Highlighter aria-hidden /> Highlight
              </Button>
              <Button
                size="sm"
                variant={mode === "COMMENT" ? "default" : "outline"}
                aria-pressed={mode === "COMMENT"}
                onClick={() => setMode(mode === "COMMENT" ? null : "COMMENT")}
              >
                <MessageSquare aria-hidden /> Comment
              </Button>
              <Button
                size="sm"
                variant="outline"
                disabled={create.isPending}
                onClick={() => create.execute({ documentId, type: "BOOKMARK", pageNumber: page, position: { x: 0, y: 0, width: 0, height: 0 }, text: `Page ${page}` })}
              >
                <Bookmark aria-hidden /> Bookmark page
              </Button>
            </div>
            {mode && !pendingComment ? <p className="text-xs text-muted-foreground">Drag across the page to mark the area.</p> : null}
            {pendingComment ? (
              <form
                className="grid gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  create.execute({ documentId, type: "COMMENT", pageNumber: pendingComment.page, position: pendingComment.position, text: comment });
                }}
              >
                <Textarea
                  aria-label="Comment"
                  rows={3}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                  autoFocus
                  placeholder="What should others know about this passage?"
                />
                {create.result.validationErrors?.fieldErrors.text ? <p className="text-xs text-danger">{create.result.validationErrors.fieldErrors.text[0]}</p> : null}
                <div className="flex gap-2">
                  <Button size="sm" type="submit" disabled={create.isPending}>
                    {create.isPending ? "Saving…" : "Save comment"}
                  </Button>
                  <Button
                    size="sm"
                    type="button"
                    variant="ghost"
                    onClick={() => {
                      setPendingComment(null);
                      setMode(null);
                    }}
                  >
                    Cancel
                  </Button>
                </div>
              </form>
            ) : null}
            {create.result.serverError ? (
              <p className="text-xs text-danger" role="alert">
                {create.result.serverError.message}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="grid gap-2 rounded-lg border border-border bg-surface p-3">
          <h2 className="text-sm font-semibold">Annotations ({annotations.length})</h2>
          <AnnotationPanel
            annotations={annotations}
            mayDelete={(a) => canAnnotate && (a.userId === userId || canModerate)}
            onSelect={(a) => {
              setPage(a.pageNumber);
              setSelected(a.id);
            }}
            onDeleted={(id) => setAnnotations((all) => all.filter((a) => a.id !== id))}
          />
        </div>
      </aside>
    </div>
  );
}
