import type { OnExtractionProgress } from "../extraction/extraction-progress";
import { buildRasterRedactedPdf } from "./build-raster-redacted-pdf";
import { buildRedactedTextPdf, type RedactionSpan } from "./build-redacted-text-pdf";

/** How the redacted copy was made; recorded in its document's metadata. */
export type RedactionMethod = "raster" | "text";

/**
 * The redacted copy of a PDF: its pages as they look, with the approved spans painted out (raster);
 * or, when the pages cannot be rendered here (the canvas library fails to load, a page throws, its
 * text no longer matches the extraction), the text rebuilt without its layout. Either way the
 * approved characters exist nowhere in the output.
 */
export async function redactPdf(
  source: Uint8Array,
  pages: { page: number; text: string }[],
  spans: RedactionSpan[],
  onProgress?: OnExtractionProgress,
): Promise<{ bytes: Uint8Array; method: RedactionMethod }> {
  try {
    return { bytes: await buildRasterRedactedPdf(source, pages, spans, onProgress), method: "raster" };
  } catch (error) {
    console.warn("[dataroom] the pages could not be rendered for redaction; rebuilding the text instead:", error);
    return { bytes: await buildRedactedTextPdf(pages, spans), method: "text" };
  }
}
