"use client";

import { useEffect, useRef, useState } from "react";
import { PdfPageCanvas } from "@/components/dataroom/pdf-page-canvas";
import { PdfToolbar, ZOOM_STEPS } from "@/components/dataroom/pdf-toolbar";
import { usePdfDocument } from "@/components/dataroom/use-pdf-document";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";

/** The data room's page-at-a-time PDF view, without annotations, search or print: a room's reader only reads. */
export function RoomPdfViewer({ fileUrl, page, onPage }: { fileUrl: string; page: number; onPage: (page: number) => void }) {
  const { pdf, error } = usePdfDocument(fileUrl);
  const [scale, setScale] = useState(1);
  const scroller = useRef<HTMLDivElement>(null);
  const pageCount = pdf?.numPages ?? 1;

  // Start at the largest zoom step that fits the page's width, as the data room's viewer does.
  useEffect(() => {
    if (!pdf || !scroller.current) return;
    const available = scroller.current.clientWidth - 32;
    void pdf.getPage(1).then((first) => {
      const fit = available / first.getViewport({ scale: 1 }).width;
      setScale([...ZOOM_STEPS].reverse().find((step) => step <= Math.min(fit, 1)) ?? ZOOM_STEPS[0]!);
    });
  }, [pdf]);

  if (error) return <Alert variant="danger">{error}</Alert>;
  return (
    <div className="grid min-w-0 content-start gap-3">
      <PdfToolbar page={page} pageCount={pageCount} scale={scale} query="" hits={[]} onPage={onPage} onScale={setScale} />
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
          <PdfPageCanvas pdf={pdf} pageNumber={Math.min(page, pageCount)} scale={scale} overlay={() => null} />
        ) : (
          <Skeleton className="mx-auto h-[70vh] w-full max-w-[595px]" />
        )}
      </div>
    </div>
  );
}
