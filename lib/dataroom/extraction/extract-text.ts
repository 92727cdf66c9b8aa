import { AppError } from "@/lib/errors/app-error";
import { extractDocxText } from "./extract-docx-text";
import { extractPdfText, type PageText } from "./extract-pdf-text";
import { extractPptxText } from "./extract-pptx-text";
import { extractXlsxText } from "./extract-xlsx-text";

/** Formats with text to extract; images have none (OCR is an AI pass, not this one). */
export const TEXT_FILE_TYPES = ["pdf", "docx", "xlsx", "csv", "pptx", "txt"] as const;

export function hasExtractableText(fileType: string): boolean {
  return (TEXT_FILE_TYPES as readonly string[]).includes(fileType);
}

/** Text per page for the document's type. Parsers' own errors become one clear message. */
export async function extractText(fileType: string, bytes: Uint8Array): Promise<PageText[]> {
  try {
    switch (fileType) {
      case "pdf":
        return await extractPdfText(bytes);
      case "docx":
        return await extractDocxText(bytes);
      case "xlsx":
        return await extractXlsxText(bytes);
      case "pptx":
        return await extractPptxText(bytes);
      case "csv":
      case "txt":
        return [{ page: 1, text: new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "").trim() }];
      default:
        return [];
    }
  } catch (error) {
    // pdfjs tells a bad file from a failure of ours (extractPdfText); the zip and XML parsers do not.
    if (error instanceof AppError || fileType === "pdf") throw error;
    throw new AppError("VALIDATION", `This ${fileType.toUpperCase()} file is damaged: its text could not be read.`, { cause: error });
  }
}
