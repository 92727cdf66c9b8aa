import type { MemoSourceView } from "./memo-sections";

/** The numbers footnoted on each page of the PDF (1-based page number to ascending citation numbers). */
export type FootnotePages = ReadonlyMap<number, readonly number[]>;

/** The page's bottom margin without footnotes, where the running title and "Page X of Y" sit. */
export const PAGE_PADDING_BOTTOM = 64;
/** Where the footnote area ends, above the running footer. */
export const FOOTNOTES_BOTTOM = 46;
/** One footnote is one line: fixed, so the room a page's footnotes take is known before they are drawn. */
export const FOOTNOTE_LINE_HEIGHT = 10;
/** The rule above the footnotes and the space under it. */
export const FOOTNOTE_RULE_HEIGHT = 5;
/** The space between the last line of text and the rule. */
const FOOTNOTE_GAP = 14;
/** More footnotes than this on one page (an absurd page) end with a line pointing to the Sources list instead. */
export const MAX_FOOTNOTE_LINES = 20;

/** The page's bottom padding when every page keeps room for `lines` footnotes: the text never runs into them. */
export function contentBottom(lines: number): number {
  if (lines === 0) return PAGE_PADDING_BOTTOM;
  return Math.max(PAGE_PADDING_BOTTOM, FOOTNOTES_BOTTOM + FOOTNOTE_RULE_HEIGHT + lines * FOOTNOTE_LINE_HEIGHT + FOOTNOTE_GAP);
}

const FOOTNOTE_EXCERPT_LENGTH = 90;

/** A quoted snippet cut at a word, so a footnote stays one line; the Sources list at the end quotes it whole. */
export function shortenExcerpt(excerpt: string, length = FOOTNOTE_EXCERPT_LENGTH): string {
  const flat = excerpt.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const atWord = cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:.]+$/, "");
  return `${atWord.length > length / 2 ? atWord : cut}…`;
}

/** "Offtake Summary.pdf, p. 2: “The power purchase…”", what a footnote says of its source. */
export function footnoteText(source: MemoSourceView | undefined): string {
  if (!source) return "Not one of this memo's sources.";
  const page = source.page ? `, p. ${source.page}` : "";
  const excerpt = source.excerpt ? `: “${shortenExcerpt(source.excerpt)}”` : "";
  return `${source.documentName ?? "A removed document"}${page}${excerpt}`;
}

/** "Offtake Summary.pdf, page 2: “…”", the full entry of the Sources list at the end. */
export function sourceText(source: MemoSourceView | undefined): string {
  if (!source) return "Not one of this memo's sources.";
  return `${source.documentName ?? "A removed document"}${source.page ? `, page ${source.page}` : ""}${source.excerpt ? `: “${source.excerpt}”` : ""}`;
}

const MARKER = /\[\d{1,4}(?:\s*,\s*\d{1,4})*\](?!\()/g;
const BEFORE_MARKER = /(\S) +(?=\[\d{1,4}(?:\s*,\s*\d{1,4})*\](?!\())/g;

/**
 * A marker glued to the word before it and never broken inside ("[1, 2]" with no-break spaces):
 * it prints on the line, and so on the page, of the sentence it sources, and reads back from the
 * PDF as one piece.
 */
export function keepMarkersWhole(text: string): string {
  return text.replace(BEFORE_MARKER, "$1\u00a0").replace(MARKER, (marker) => marker.replace(/\s+/g, "\u00a0"));
}

export function sameFootnotePages(a: FootnotePages, b: FootnotePages): boolean {
  return a.size === b.size && [...a].every(([page, numbers]) => b.get(page)?.join() === numbers.join());
}
