"use client";

import type { PDFDocumentProxy, PageViewport } from "pdfjs-dist";
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from "react";
import "./pdf-text-layer.css";

type PdfPageCanvasProps = {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  scale: number;
  /** Drawn over the page, with the page's viewport to place things at PDF coordinates. */
  overlay: (viewport: PageViewport) => ReactNode;
};

/**
 * One page rendered sharp on high-density screens, pdfjs's text layer over it (the page's words
 * can be selected and are read out), and an overlay layer of the same size.
 */
export function PdfPageCanvas({ pdf, pageNumber, scale, overlay }: PdfPageCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayer = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<PageViewport | null>(null);

  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    let text: { cancel(): void } | null = null;
    (async () => {
      const page = await pdf.getPage(pageNumber);
      if (cancelled || !canvas.current) return;
      const view = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      const element = canvas.current;
      element.width = Math.floor(view.width * ratio);
      element.height = Math.floor(view.height * ratio);
      element.style.width = `${view.width}px`;
      element.style.height = `${view.height}px`;
      task = page.render({ canvas: element, viewport: view, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      await task.promise;
      if (cancelled) return;
      setViewport(view);
      if (!textLayer.current) return;
      const { TextLayer } = await import("pdfjs-dist");
      textLayer.current.replaceChildren();
      const layer = new TextLayer({ textContentSource: page.streamTextContent(), container: textLayer.current, viewport: view });
      text = layer;
      await layer.render();
    })().catch(() => {});
    return () => {
      cancelled = true;
      task?.cancel();
      text?.cancel();
    };
  }, [pdf, pageNumber, scale]);

  return (
    <div className="relative mx-auto w-fit bg-white shadow-md">
      <canvas ref={canvas} aria-label={`Page ${pageNumber}`} role="img" />
      <div ref={textLayer} className="pdf-text-layer" data-testid="pdf-text-layer" data-page={pageNumber} style={{ "--total-scale-factor": scale } as CSSProperties} />
      {viewport ? overlay(viewport) : null}
    </div>
  );
}
