import { FACT_KEYS, type FactKey } from "./fact-rules";
import { gradeEvidence, type EvidenceGrade } from "./grade-evidence";
import { hasLeadingMark, opensTodoList } from "./read-statement";
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

const RANK: Record<EvidenceGrade, number> = { full: 2, partial: 1 };

/**
 * The offline document analyser: for each fact, the strongest statement evidencing it (the first
 * one of that strength), quoted with its page. Bullets under "Next steps:" are tasks, not facts.
 */
export function extractDocumentFacts(text: string): DocumentFacts {
  const found = new Map<FactKey, { page: number; excerpt: string; grade: EvidenceGrade }>();
  let inTodoList = false;
  for (const { page, line } of splitPages(text)) {
    if (opensTodoList(line)) {
      inTodoList = true;
      continue;
    }
    inTodoList = inTodoList && hasLeadingMark(line);
    if (inTodoList || PERSONAL_DATA.test(line)) continue;
    const excerpt = line.slice(0, EXCERPT_LIMIT);
    for (const key of FACT_KEYS) {
      const grade = gradeEvidence(key, excerpt);
      const best = found.get(key);
      if (grade && (!best || RANK[grade] > RANK[best.grade])) found.set(key, { page, excerpt, grade });
    }
  }
  return { facts: FACT_KEYS.filter((key) => found.has(key)).map((key) => ({ key, page: found.get(key)!.page, excerpt: found.get(key)!.excerpt })) };
}
