import type { AiPiiEntity } from "./ai-pii-output-schema";
import { detectionId, type PiiDetection } from "./detect-pii";

/** Longer "items" are paragraphs, not personal data; also the overlap between parts of a long page. */
export const MAX_ENTITY_CHARS = 200;

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Every occurrence of the quote in the page text. The match is literal and case-sensitive; only
 * whitespace may differ (extraction turns spaces into line breaks), and a quote that starts or ends
 * with a letter or digit must not start or end inside a word ("Ann" is not redacted out of "Annual").
 */
function occurrences(pageText: string, quote: string): { start: number; end: number }[] {
  const tokens = quote.trim().split(/\s+/).filter(Boolean);
  const body = tokens.map(escapeRegExp).join("\\s+");
  const before = WORD_CHAR.test(tokens[0]![0]!) ? "(?<![\\p{L}\\p{N}_])" : "";
  const after = WORD_CHAR.test(tokens.at(-1)!.at(-1)!) ? "(?![\\p{L}\\p{N}_])" : "";
  const pattern = new RegExp(`${before}${body}${after}`, "gu");
  return [...pageText.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Turns the model's quotes into detections with positions computed here, from the extracted text:
 * a quote is kept only where it literally appears on the page the model named, and only if that
 * page was in the text the model was shown. Whatever the model invented is dropped and counted.
 * Every occurrence on the page is reported: redacting the first "Jane Doe" and leaving the second
 * would redact nothing.
 */
export function locateAiEntities(pages: { page: number; text: string }[], entities: AiPiiEntity[], model: string): { detections: PiiDetection[]; dropped: number } {
  const textOf = new Map(pages.map((p) => [p.page, p.text]));
  const detections: PiiDetection[] = [];
  let dropped = 0;
  for (const entity of entities) {
    const quote = entity.text.trim();
    const pageText = textOf.get(entity.page);
    const found = pageText !== undefined && quote.replace(/\s/g, "").length >= 2 && quote.length <= MAX_ENTITY_CHARS ? occurrences(pageText, quote) : [];
    if (!found.length) dropped += 1;
    for (const { start, end } of found) {
      const text = pageText!.slice(start, end);
      detections.push({
        id: detectionId(entity.page, start, entity.type, text),
        type: entity.type,
        text,
        page: entity.page,
        start,
        end,
        confidence: entity.confidence,
        rule: model,
        source: "ai",
      });
    }
  }
  return { detections, dropped };
}
