"use client";

import type { PDFDocumentProxy } from "pdfjs-dist";
import { useEffect, useState } from "react";

export type PdfState = { pdf: PDFDocumentProxy | null; error: string | null };

/** pdf.js reports the HTTP status of a failed fetch (not its body): a 429 is the viewer's download limit, not a broken file. */
function loadFailureMessage(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 429) return "You have opened too many documents in the last minute. Wait a moment, then reload the page.";
  return "This PDF could not be displayed. Download it to open it locally.";
}

/** Loads a PDF with pdfjs in the browser (its worker from our own route); cleans up on change. */
export function usePdfDocument(url: string): PdfState {
  const [state, setState] = useState<PdfState>({ pdf: null, error: null });
  useEffect(() => {
    let live = true;
    let loaded: PDFDocumentProxy | null = null;
    (async () => {
      const pdfjs = await import("pdfjs-dist");
      pdfjs.GlobalWorkerOptions.workerSrc = "/api/dataroom/pdf-worker";
      loaded = await pdfjs.getDocument({ url, isEvalSupported: false }).promise;
      if (live) setState({ pdf: loaded, error: null });
      else void loaded.destroy();
    })().catch((error: unknown) => live && setState({ pdf: null, error: loadFailureMessage(error) }));
    return () => {
      live = false;
      void loaded?.destroy();
    };
  }, [url]);
  return state;
}
