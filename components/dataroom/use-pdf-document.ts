"use client";

import type { PDFDocumentProxy } from "pdfjs-dist";
import { useEffect, useState } from "react";

export type PdfState = { pdf: PDFDocumentProxy | null; error: string | null };

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
    })().catch(() => live && setState({ pdf: null, error: "This PDF could not be displayed. Download it to open it locally." }));
    return () => {
      live = false;
      void loaded?.destroy();
    };
  }, [url]);
  return state;
}
