/**
 * Characters of page text sent per model call (about 3,000 tokens). Prompt, text and answer stay
 * far inside any model's context whatever the document's size: a long document costs more small
 * calls, never one call that cannot fit.
 */
export const MAX_CHARS_PER_CALL = 12_000;

/**
 * A page longer than one call is cut into parts that overlap by this much, so an item cut at one
 * part's end is whole in the next. Longer AI findings are dropped anyway (MAX_ENTITY_CHARS).
 */
export const PART_OVERLAP = 200;

export type PagePart = { page: number; text: string; part: number; parts: number };

/** Whole pages (or parts of one long page) packed in reading order, at most `maxChars` of text per chunk. */
export function chunkPages(pages: { page: number; text: string }[], maxChars = MAX_CHARS_PER_CALL): PagePart[][] {
  const chunks: PagePart[][] = [];
  let current: PagePart[] = [];
  let size = 0;
  for (const part of pages.flatMap((page) => splitPage(page, maxChars))) {
    if (current.length && size + part.text.length > maxChars) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(part);
    size += part.text.length;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

function splitPage({ page, text }: { page: number; text: string }, maxChars: number): PagePart[] {
  if (!text.trim()) return [];
  if (text.length <= maxChars) return [{ page, text, part: 1, parts: 1 }];
  const step = maxChars - Math.min(PART_OVERLAP, Math.floor(maxChars / 2));
  const starts: number[] = [];
  for (let start = 0; start < text.length; start += step) {
    starts.push(start);
    if (start + maxChars >= text.length) break;
  }
  return starts.map((start, index) => ({ page, text: text.slice(start, start + maxChars), part: index + 1, parts: starts.length }));
}

/** The chunk as the prompt shows it: each page (part) under a marker the model cites as its page. */
export function renderChunk(chunk: PagePart[]): string {
  return chunk.map((p) => `=== Page ${p.page}${p.parts > 1 ? ` (part ${p.part} of ${p.parts})` : ""} ===\n${p.text}`).join("\n\n");
}

/** "page 4", "pages 2-7", or "page 9, part 2 of 3", for the prompt and the task log. */
export function describeChunk(chunk: PagePart[]): string {
  const first = chunk[0]!;
  const last = chunk.at(-1)!;
  if (first.parts > 1) return `page ${first.page}, part ${first.part} of ${first.parts}`;
  return first.page === last.page ? `page ${first.page}` : `pages ${first.page}-${last.page}`;
}
