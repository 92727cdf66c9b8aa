const MB = 1024 * 1024;

export type OfficeFormat = "docx" | "xlsx" | "pptx";

/**
 * How much of an Office file (a zip) text extraction agrees to unpack, checked against the zip's
 * own directory before anything is inflated. The extraction job is killed past 1024 MB of memory
 * (inngest/functions/dataroom/process-uploaded-document.ts); refusing here first gives the user a
 * reason instead of "out of memory".
 */
export const ZIP_LIMITS = {
  /** All parts together, media included: far above a text-heavy report or a large financial model, far below the memory cap. */
  maxUnpackedBytes: 200 * MB,
  /**
   * The XML parts, which the parsers turn into objects. Measured on Node 20: mammoth peaks at
   * ~70 times the XML it reads (10 MB of document.xml: 720 MB); the deck reader only scans slide
   * text; workbooks are streamed a row at a time, so what they cost is the text kept (a 12 MB
   * workbook with 68 MB of sheets: 333 MB peak, 6 million characters a sheet). A 300-page Word
   * report has 2 to 8 MB.
   */
  maxMarkupBytes: { docx: 10 * MB, xlsx: 150 * MB, pptx: 100 * MB } satisfies Record<OfficeFormat, number>,
  /** Parts in the file: a long deck or workbook has a few thousand; 100,000 empty ones is an attack. */
  maxEntries: 10_000,
  /**
   * Unpacked-to-packed ratio of one part. Real XML packs 5 to 30-fold; a zip bomb ~300 to
   * 1000-fold (deflate's ceiling is 1032). Only parts large enough to matter are held to it: a
   * small part of repeated spaces may pack 200-fold and harms nobody.
   */
  maxEntryRatio: 200,
  ratioAppliesAboveBytes: 1 * MB,
} as const;

/** How a message names a file of the format. */
export const OFFICE_FILE_NAMES: Record<OfficeFormat, string> = { docx: "a Word file", xlsx: "an Excel file", pptx: "a PowerPoint file" };

/** The parts the parsers parse as markup: XML, relationships and legacy drawing markup. */
export function isMarkupPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}
