import { FACT_KEYS, FACT_RULES, type FactKey } from "./fact-rules";
import type { DocumentFacts } from "./schemas";

const EXCERPT_LIMIT = 300;

/**
 * Lines carrying personal data (ID numbers, phone numbers, emails, bank accounts) are never
 * quoted: citations are shown to everyone who can see the score, whatever the document's access.
 */
const PERSONAL_DATA = /\bID No\b|\+\d{2,3}[\s\d]{7,}|[\w.+-]+@[\w-]+\.[\w.]+|\bA\/C\b|account (?:no|number)|\bIBAN\b/i;

/**
 * Pages of extracted text: form feeds separate pages; a line starting "Page N:" says which page
 * it is on (abridged extractions keep the page marker rather than every page).
 */
export function splitPages(text: string): { page: number; line: string }[] {
  const lines: { page: number; line: string }[] = [];
  text.split("\f").forEach((pageText, index) => {
    for (const raw of pageText.split(/\r?\n/)) {
      const line = raw.trim();
      if (!line) continue;
      const marker = /^page\s+(\d{1,5})\s*[:.-]/i.exec(line);
      lines.push({ page: marker ? Number(marker[1]) : index + 1, line });
    }
  });
  return lines;
}

/** The offline document analyser: the first line matching each fact rule, quoted with its page. */
export function extractDocumentFacts(text: string): DocumentFacts {
  const found = new Map<FactKey, { page: number; excerpt: string }>();
  for (const { page, line } of splitPages(text)) {
    if (PERSONAL_DATA.test(line)) continue;
    for (const key of FACT_KEYS) {
      if (!found.has(key) && FACT_RULES[key].pattern.test(line)) found.set(key, { page, excerpt: line.slice(0, EXCERPT_LIMIT) });
    }
  }
  return { facts: FACT_KEYS.filter((key) => found.has(key)).map((key) => ({ key, ...found.get(key)! })) };
}
