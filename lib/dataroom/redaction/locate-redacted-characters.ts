import { sanitizeExtractedText } from "../extraction/sanitize-extracted-text";
import type { RedactionSpan } from "./build-redacted-text-pdf";

/** What the mapping reads of a pdfjs text item (pdfjs's TextItem has these and more). */
export type PageTextItem = { str: string; hasEOL: boolean; transform: number[]; width: number; height: number };

/** A character of a text item: the item's index and the UTF-16 index in its `str`. */
type Origin = { item: number; char: number };

/**
 * The page text exactly as the upload job stored it (extract-pdf-text.ts, then
 * sanitizeExtractedText), with, for each of its characters, the item character it came from, or
 * null for the spaces and newlines the joining adds. Detection offsets index this text.
 */
export function locatePageCharacters(items: PageTextItem[]): { text: string; origins: (Origin | null)[] } {
  const raw: string[] = [];
  const rawOrigins: (Origin | null)[] = [];
  items.forEach((item, index) => {
    for (let char = 0; char < item.str.length; char += 1) {
      raw.push(item.str[char]!);
      rawOrigins.push({ item: index, char });
    }
    raw.push(item.hasEOL ? "\n" : " ");
    rawOrigins.push(null);
  });
  const joined = raw.join("");

  // The same steps, in the same order, as the extraction, applied to positions instead of text.
  const kept = raw.map(() => true);
  for (const match of joined.matchAll(/[ \t]+\n/g)) for (let i = match.index; i < match.index + match[0].length - 1; i += 1) kept[i] = false;
  let positions = raw.flatMap((_, i) => (kept[i] ? [i] : []));
  const collapsed = positions.map((i) => raw[i]).join("");
  const trimmed = collapsed.trim();
  const lead = collapsed.length - collapsed.trimStart().length;
  positions = positions.slice(lead, lead + trimmed.length);
  positions = positions.filter((i) => sanitizeExtractedText(raw[i]!) !== "");

  return { text: positions.map((i) => raw[i]).join(""), origins: positions.map((i) => rawOrigins[i]!) };
}

/**
 * Per item, per character of its `str`: is it inside an approved span? Throws when the page's
 * items no longer produce the stored text, since offsets into another text would black out the
 * wrong words and leave the right ones; the message holds no page text.
 */
export function locateRedactedCharacters(items: PageTextItem[], pageText: string, spans: RedactionSpan[], pageNumber: number): boolean[][] {
  const { text, origins } = locatePageCharacters(items);
  if (text !== pageText) throw new Error(`Page ${pageNumber}: the rendered text does not match the extracted text (${text.length} vs ${pageText.length} characters).`);
  const masks = items.map((item) => Array.from({ length: item.str.length }, () => false));
  for (const span of spans) {
    if (span.start < 0 || span.end > text.length || span.start >= span.end)
      throw new Error(`Page ${pageNumber}: a redaction span [${span.start}, ${span.end}) lies outside its text.`);
    for (let at = span.start; at < span.end; at += 1) {
      const origin = origins[at];
      if (origin) masks[origin.item]![origin.char] = true;
    }
  }
  return masks;
}
