import type { PageText } from "./extract-pdf-text";

/**
 * One stored shape for a document's TEXT extraction, written by the upload job and the demo seed
 * alike: `content` (pages joined) feeds full-text search, `result.pages` feeds the viewer,
 * redaction and the analysers, so every reader sees the same text on the same page.
 */
export function toTextExtractionRecord(pages: PageText[]) {
  return { content: pages.map((p) => p.text).join("\n\n"), result: { pages }, pageCount: pages.length };
}

/** The pages of a stored TEXT extraction; an extraction without pages is one page of its content. */
export function readExtractionPages(extraction: { content: string | null; result: unknown }): PageText[] {
  const pages = (extraction.result as { pages?: PageText[] } | null)?.pages;
  if (Array.isArray(pages) && pages.length) return pages;
  return extraction.content?.trim() ? [{ page: 1, text: extraction.content }] : [];
}

/** Text for the analysers: pages separated by form feeds, so a quoted line keeps its page number. */
export function joinPagesForAnalysis(pages: PageText[]): string {
  const byNumber = [...pages].sort((a, b) => a.page - b.page);
  const last = byNumber.at(-1)?.page ?? 0;
  return Array.from({ length: last }, (_, index) => byNumber.find((p) => p.page === index + 1)?.text ?? "").join("\f");
}
