import type { OnExtractionProgress } from "../extraction/extraction-progress";
import { createRequire } from "node:module";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { addRedactedPage } from "./add-redacted-page";
import type { RedactionSpan } from "./build-redacted-text-pdf";
import { loadPdfjs } from "../extraction/load-pdfjs";

/**
 * pdfjs draws the standard fonts, which a PDF need not embed, from its own font files, read from
 * disk in Node; without them it falls back to lookalike system fonts, which is still legible.
 */
function standardFontDataUrl(): string | undefined {
  try {
    const pdfjsPackage = createRequire(path.join(process.cwd(), "package.json")).resolve("pdfjs-dist/package.json");
    return path.join(path.dirname(pdfjsPackage), "standard_fonts") + path.sep;
  } catch {
    return undefined;
  }
}

/**
 * A new PDF with one image per source page, each the page as it looks with the approved spans
 * painted black, under an invisible layer of the remaining text. Pages are rendered, encoded and
 * embedded one at a time, so only one page bitmap is in memory. Throws when a page cannot be
 * rendered or its text no longer matches the extraction the spans point into.
 */
export async function buildRasterRedactedPdf(
  source: Uint8Array,
  pages: { page: number; text: string }[],
  spans: RedactionSpan[],
  onProgress?: OnExtractionProgress,
): Promise<Uint8Array> {
  const { createCanvas } = await import("@napi-rs/canvas");
  const { getDocument, AnnotationMode } = await loadPdfjs();
  // The extraction's options, so that the text items are the ones the offsets were taken from.
  const pdf = await getDocument({
    data: new Uint8Array(source),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    standardFontDataUrl: standardFontDataUrl(),
  }).promise;
  try {
    if (pdf.numPages !== pages.length) throw new Error(`The PDF has ${pdf.numPages} pages, its extraction ${pages.length}.`);
    const output = await PDFDocument.create();
    const tools = { createCanvas, annotationMode: AnnotationMode.ENABLE_STORAGE, output, font: await output.embedFont(StandardFonts.Helvetica) };
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const text = pages.find((p) => p.page === number)?.text;
      if (text === undefined) throw new Error(`Page ${number} has no extracted text.`);
      const page = await pdf.getPage(number);
      try {
        await addRedactedPage(
          tools,
          page,
          text,
          spans.filter((s) => s.page === number),
        );
      } finally {
        page.cleanup();
      }
      await onProgress?.(number, pdf.numPages);
      // pdfjs renders a page in one stretch of microtasks; yielding between pages lets the
      // server that runs this job answer its requests meanwhile.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return await output.save();
  } finally {
    await pdf.destroy();
  }
}
