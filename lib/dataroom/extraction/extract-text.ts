import { AppError } from "@/lib/errors/app-error";
import { extractDocxText } from "./extract-docx-text";
import { extractPdfText, type PageText } from "./extract-pdf-text";
import { extractPptxText } from "./extract-pptx-text";
import { extractXlsxText } from "./extract-xlsx-text";
import type { OnExtractionProgress } from "./extraction-progress";

/** Formats with text to extract; images have none (OCR is an AI pass, not this one). */
export const TEXT_FILE_TYPES = ["pdf", "docx", "xlsx", "csv", "pptx", "txt"] as const;

export function hasExtractableText(fileType: string): boolean {
  return (TEXT_FILE_TYPES as readonly string[]).includes(fileType);
}

async function extractByType(fileType: string, bytes: Uint8Array, onProgress?: OnExtractionProgress): Promise<PageText[]> {
  switch (fileType) {
    case "pdf":
      return extractPdfText(bytes, onProgress);
    case "xlsx":
      return extractXlsxText(bytes, onProgress);
    case "pptx":
      return extractPptxText(bytes, onProgress);
    case "docx":
      return reportedOnce(await extractDocxText(bytes), onProgress);
    case "csv":
    case "txt":
      return reportedOnce(
        [
          {
            page: 1,
            text: new TextDecoder("utf-8")
              .decode(bytes)
              .replace(/^\uFEFF/, "")
              .trim(),
          },
        ],
        onProgress,
      );
    default:
      return [];
  }
}

/** Formats read in one piece have no page to report along the way: they report when done. */
async function reportedOnce(pages: PageText[], onProgress?: OnExtractionProgress): Promise<PageText[]> {
  await onProgress?.(pages.length, pages.length);
  return pages;
}

/**
 * Text per page for the document's type, reporting progress per page where the format has pages.
 * Parsers' own errors become one clear message; a zip over the limits (zip-limits.ts) is refused
 * with its own message before any parser inflates it.
 */
export async function extractText(fileType: string, bytes: Uint8Array, options: { onProgress?: OnExtractionProgress } = {}): Promise<PageText[]> {
  const { onProgress } = options;
  // The listener's own failure is ours, not the file's: it must not read as "damaged".
  let listenerError: unknown = null;
  const report: OnExtractionProgress | undefined =
    onProgress &&
    (async (done, total) => {
      try {
        await onProgress(done, total);
      } catch (error) {
        listenerError = error;
        throw error;
      }
    });
  try {
    return await extractByType(fileType, bytes, report);
  } catch (error) {
    // pdfjs tells a bad file from a failure of ours (extractPdfText); the zip and XML parsers do not.
    if (error instanceof AppError || fileType === "pdf" || (listenerError !== null && error === listenerError)) throw error;
    throw new AppError("VALIDATION", `This ${fileType.toUpperCase()} file is damaged: its text could not be read.`, { cause: error });
  }
}
