import { AppError } from "@/lib/errors/app-error";
import type { OnExtractionProgress } from "./extraction-progress";
import { loadPdfjs } from "./load-pdfjs";

export type PageText = { page: number; text: string };

/** What pdfjs throws for a file that is not a readable PDF, as opposed to a failure of our own. */
const UNREADABLE_PDF_ERRORS = new Set(["InvalidPDFException", "FormatError", "PasswordException", "MissingPDFException", "UnknownErrorException"]);

/**
 * Text per page with pdfjs (the legacy build runs in Node). Items on one line are joined with
 * spaces and lines with newlines, as pdfjs marks them. A file pdfjs cannot parse is a clear error.
 */
export async function extractPdfText(bytes: Uint8Array, onProgress?: OnExtractionProgress): Promise<PageText[]> {
  const { getDocument } = await loadPdfjs();
  let pdf: Awaited<ReturnType<typeof getDocument>["promise"]>;
  try {
    pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    if (error instanceof Error && UNREADABLE_PDF_ERRORS.has(error.name)) {
      const reason = error.name === "PasswordException" ? "it is password-protected" : "its pages could not be read";
      throw new AppError("VALIDATION", `This PDF is damaged or not a PDF: ${reason}.`, { cause: error });
    }
    throw error;
  }
  try {
    const pages: PageText[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const content = await (await pdf.getPage(number)).getTextContent();
      const text = content.items
        .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : " ") : ""))
        .join("")
        .replace(/[ \t]+\n/g, "\n")
        .trim();
      pages.push({ page: number, text });
      await onProgress?.(number, pdf.numPages);
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
