import mammoth from "mammoth";
import { assertZipWithinLimits } from "./assert-zip-within-limits";
import type { PageText } from "./extract-pdf-text";

/** Word files have no fixed pages: the whole text is page 1. */
export async function extractDocxText(bytes: Uint8Array): Promise<PageText[]> {
  await assertZipWithinLimits(bytes, "docx");
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return [{ page: 1, text: value.replace(/\n{3,}/g, "\n\n").trim() }];
}
