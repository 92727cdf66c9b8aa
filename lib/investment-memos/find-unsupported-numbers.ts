/**
 * Which figures of a memo no citation supports. Pure and zod-free: the editor recomputes it as
 * people type, the generator checks its own sentences with it, and the tests pin it.
 *
 * A sentence's figures are its amounts, percentages, quantities with units and any other number,
 * except years, dates, small counts (a bare integer under 10: "3 risks", "phase 2") and numbers
 * inside names ("P50", "CO2", "Q1", "1st"). A figure is supported when the sentence cites at
 * least one source ([n] or [n, m], before or just after its full stop) and one of the cited
 * excerpts contains the same number (41.5m matches 41,500,000; 14.80% matches 14.8).
 */

export type CitationExcerpt = { n: number; excerpt: string | null };

export type UnsupportedReason = "uncited" | "unknown-source" | "not-in-source";

export type UnsupportedNumber = {
  /** The sentence as written (markdown markers stripped), for the editor to show. */
  sentence: string;
  /** The figure as written: "USD 41.5m", "14.8%", "48 MW". */
  figure: string;
  reason: UnsupportedReason;
  /** The sources the sentence cites. */
  citations: number[];
};

const MONTHS = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const DATES = [
  /\b\d{4}-\d{1,2}-\d{1,2}\b/g,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b\\.?`, "gi"),
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*(?:%|MW|GW|kW|years?))`, "gi"),
];
const CURRENCY_BEFORE = /(?:USD|US\$|EUR|GBP|KES|ZAR|NGN|GHS|CLP|BRL|INR|CHF|JPY|CNY|AUD|CAD|XOF|TZS|UGX|ETB|MAD|EGP|\$|€|£)\s?-?$/i;
const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mm: 1e6, million: 1e6, bn: 1e9, b: 1e9, billion: 1e9 };
const UNIT =
  /^(?:\s?(?:-|–|to)\s?\d[\d,]*(?:\.\d+)?)?(?:\s?(%|per ?cent\b|percent\b|x\b|×|bn\b|billion\b|mn\b|million\b|m\b|mm\b|k\b|thousand\b|b\b|[kMGT]Wh?p?\b|[kMGT]Wp\b|MVA\b|kV\b|tCO2e?\b|t\b|tonnes?\b|km\b|ha\b|hectares?\b|acres?\b|m\/s\b|GWh\/yr\b|years?\b|yrs?\b|months?\b|days?\b|households?\b|jobs?\b|kWh\/kWp\b|\/kWh\b|\/MWh\b|basis points\b|bps\b)|-(year|month|day)\b)/i;
const NUMBER = /(?<![\p{L}\p{N}_.,]|\p{L}-)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/gu;
const MARKERS = /\[(\d{1,4}(?:\s*,\s*\d{1,4})*)\](?!\()/g;

type Figure = { raw: string; values: number[] };

function valuesOf(raw: string, unit: string | undefined): number[] {
  const value = Number(raw.replace(/,/g, ""));
  const scale = unit ? SCALE[unit.toLowerCase()] : undefined;
  return scale ? [value, value * scale] : [value];
}

/** The figures of a text, after dates are blanked; `all` keeps years and small counts too (for excerpts). */
function figuresOf(text: string, all: boolean): Figure[] {
  let clean = text;
  for (const date of DATES) clean = clean.replace(date, (match) => " ".repeat(match.length));
  const figures: Figure[] = [];
  for (const match of clean.matchAll(NUMBER)) {
    const raw = match[1];
    const start = match.index!;
    const after = clean.slice(start + raw.length);
    const unitMatch = UNIT.exec(after);
    const unit = unitMatch?.[1] ?? unitMatch?.[2];
    const currency = CURRENCY_BEFORE.test(clean.slice(Math.max(0, start - 5), start));
    const integer = /^\d+$/.test(raw);
    if (!all) {
      // Letters straight after the number that are no unit: an ordinal or a name ("1st", "4A").
      if (!unit && /^\p{L}/u.test(after)) continue;
      if (!unit && !currency && integer && Number(raw) >= 1900 && Number(raw) <= 2100) continue;
      if (!unit && !currency && integer && Number(raw) < 10) continue;
    }
    const end = start + raw.length + (unitMatch && !unitMatch[0].match(/^\s?(?:-|–|to)\s?\d/) ? unitMatch[0].length : 0);
    const prefix = currency ? (/[A-Z$€£]+\s?-?$/i.exec(clean.slice(Math.max(0, start - 5), start))?.[0] ?? "") : "";
    figures.push({ raw: `${prefix}${text.slice(start, Math.max(end, start + raw.length))}`.trim(), values: valuesOf(raw, unit) });
  }
  return figures;
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|approx|incl|vs|no|nos|mr|mrs|ms|dr|prof|st|fig|ref|p|pp|c|ca|cf|al|rev|est)|\b[A-Z])\.$/i;

/** A paragraph's sentences; a [n] just after a full stop belongs to the sentence before it. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  let straightQuote = false;
  let curlyDepth = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const char = paragraph[i];
    if (char === "“") curlyDepth++;
    else if (char === "”") curlyDepth = Math.max(0, curlyDepth - 1);
    else if (char === '"') straightQuote = !straightQuote;
    const closesQuotedSentence = (char === "”" || char === '"') && /[.!?]$/.test(paragraph.slice(start, i)) && curlyDepth === 0 && !straightQuote;
    const terminator = /[.!?]/.test(char) && curlyDepth === 0 && !straightQuote;
    if (!terminator && !closesQuotedSentence) continue;
    const next = paragraph[i + 1];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (terminator && char === "." && ABBREVIATIONS.test(paragraph.slice(start, i + 1))) continue;
    let end = i + 1;
    const trailing = /^(?:\s*\[\d{1,4}(?:\s*,\s*\d{1,4})*\](?!\())+/.exec(paragraph.slice(end));
    if (trailing) end += trailing[0].length;
    const sentence = paragraph.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
    i = end - 1;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** The memo's prose as paragraphs and list items, without headings, code, HTML tags or link targets. */
export function memoParagraphs(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const flush = () => {
    if (current.length) blocks.push(current.join(" "));
    current = [];
  };
  for (const rawLine of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const line = rawLine
      .replace(/<[^>]*>/g, " ")
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/(\*\*|__|`|~~)/g, "")
      .replace(/(^|\s)[*_](\S)/g, "$1$2")
      .replace(/(\S)[*_](?=\s|[.,;:!?)]|$)/g, "$1");
    if (!line.trim() || /^\s*#{1,6}\s/.test(line) || /^\s*(?:[-*_]\s*){3,}$/.test(line) || /^\s*\|?\s*:?-{3,}/.test(line)) {
      flush();
      continue;
    }
    const item = /^\s*(?:>\s*)*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[1]);
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      blocks.push(line.replace(/\|/g, " ").trim());
      continue;
    }
    current.push(line.replace(/^\s*(?:>\s*)+/, "").trim());
  }
  flush();
  return blocks;
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The figures of the memo that no citation supports, one entry per figure, in reading order.
 * `names` (the project's name) are not figures: "Block 7 Solar" states nothing to source.
 */
export function findUnsupportedNumbers(markdown: string, citations: readonly CitationExcerpt[], names: readonly string[] = []): UnsupportedNumber[] {
  const nameRuns = names.filter((name) => /\d/.test(name)).map((name) => new RegExp(escapeRegExp(name), "gi"));
  const withoutNames = (sentence: string) => nameRuns.reduce((text, run) => text.replace(run, (m) => " ".repeat(m.length)), sentence);
  const excerpts = new Map(citations.map((c) => [c.n, c.excerpt ? figuresOf(c.excerpt, true).flatMap((f) => f.values) : []]));
  const found: UnsupportedNumber[] = [];
  for (const paragraph of memoParagraphs(markdown)) {
    for (const sentence of splitSentences(paragraph)) {
      const cited = [...new Set([...sentence.matchAll(MARKERS)].flatMap((m) => m[1].split(",").map((n) => Number(n.trim()))))];
      const figures = figuresOf(
        withoutNames(sentence).replace(MARKERS, (m) => " ".repeat(m.length)),
        false,
      );
      if (figures.length === 0) continue;
      const known = cited.filter((n) => excerpts.has(n));
      const sourceValues = known.flatMap((n) => excerpts.get(n)!);
      for (const figure of figures) {
        const reason: UnsupportedReason | null =
          cited.length === 0
            ? "uncited"
            : known.length === 0
              ? "unknown-source"
              : figure.values.some((v) => sourceValues.some((s) => sameNumber(v, s)))
                ? null
                : "not-in-source";
        if (reason) found.push({ sentence, figure: figure.raw, reason, citations: cited });
      }
    }
  }
  return found;
}

export const UNSUPPORTED_REASON_TEXT: Record<UnsupportedReason, string> = {
  uncited: "cites no source",
  "unknown-source": "cites a number that is not one of the memo's sources",
  "not-in-source": "is not in the cited excerpt",
};
