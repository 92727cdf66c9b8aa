import { FACT_KEYS, type FactKey } from "./fact-rules";
import { gradeEvidence, type EvidenceGrade } from "./grade-evidence";
import { hasLeadingMark, isHeading, opensTodoList } from "./read-statement";
import type { DocumentFacts } from "./schemas";

const EXCERPT_LIMIT = 300;

/**
 * Lines carrying personal data (ID numbers, phone numbers, emails, bank accounts) are never
 * quoted: citations are shown to everyone who can see the score, whatever the document's access.
 */
const PERSONAL_DATA = /\bID No\b|\+\d{2,3}[\s\d]{7,}|[\w.+-]+@[\w-]+\.[\w.]+|\bA\/C\b|account (?:no|number)|\bIBAN\b/i;

/**
 * A long line that stops mid-sentence and goes on in lower case (or stops on "and", "of", ...)
 * was wrapped by the page's width; a new "Label: value" line or a table row starts afresh.
 */
const WRAPPED_LINE_MIN = 60;
const ENDS_ON_JOINING_WORD = /\b(?:and|or|of|the|to|for|with|by|in|on|at|a|an|from|between|per)$/i;

function continuesOnNextLine(previous: string, next: string): boolean {
  if (previous.length < WRAPPED_LINE_MIN || /[.!?;:|]$/.test(previous) || previous.includes("\t") || next.includes("\t")) return false;
  if (/^(?:\d+[.)]|[-•*▪–])\s/.test(next)) return false;
  return /^[a-z0-9(]/.test(next) || ENDS_ON_JOINING_WORD.test(previous);
}

/**
 * Pages of extracted text: form feeds separate pages; a line starting "Page N:" says which page
 * it is on (abridged extractions keep the page marker rather than every page). A sentence a PDF
 * wrapped over two lines is read as one line, so negations and subjects stay with their claim.
 */
export function splitPages(text: string): { page: number; line: string }[] {
  const lines: { page: number; line: string }[] = [];
  text.split("\f").forEach((pageText, index) => {
    let previous: { page: number; line: string } | null = null;
    for (const raw of pageText.split(/\r?\n/)) {
      const line = raw.trim();
      if (!line) continue;
      if (previous && continuesOnNextLine(previous.line, line)) {
        previous.line = `${previous.line} ${line}`;
        continue;
      }
      const marker = /^page\s+(\d{1,5})\s*[:.-]/i.exec(line);
      previous = { page: marker ? Number(marker[1]) : index + 1, line };
      lines.push(previous);
    }
  });
  return lines;
}

const RANK: Record<EvidenceGrade, number> = { full: 2, partial: 1 };
type Found = DocumentFacts["facts"][number] & { grade: EvidenceGrade };

/**
 * A line's grade for a fact, and the headings it was read under when they changed the grade
 * (a "signed on ..." line under "Land Lease Agreement"; a cover line under "Broker Indication").
 */
function gradeLine(key: FactKey, excerpt: string, headings: string[]): { grade: EvidenceGrade; headings?: string[] } | null {
  const grade = gradeEvidence(key, excerpt, headings);
  if (!grade) return null;
  return grade === gradeEvidence(key, excerpt) ? { grade } : { grade, headings };
}

/**
 * The offline document analyser: for each fact, the strongest statement evidencing it (the first
 * one of that strength), quoted with its page. The document's first line and the latest heading
 * tell what unlabelled lines are about; bullets under "Next steps:" are tasks, not facts.
 */
export function extractDocumentFacts(text: string): DocumentFacts {
  const found = new Map<FactKey, Found>();
  const lines = splitPages(text);
  const title = lines[0]?.line.slice(0, EXCERPT_LIMIT);
  let section: string | undefined;
  let inTodoList = false;
  for (const { page, line } of lines) {
    if (opensTodoList(line)) {
      inTodoList = true;
      continue;
    }
    inTodoList = inTodoList && hasLeadingMark(line);
    if (inTodoList || PERSONAL_DATA.test(line)) continue;
    const excerpt = line.slice(0, EXCERPT_LIMIT);
    const headings = [...new Set([section, title].filter((h): h is string => !!h && h !== excerpt))];
    for (const key of FACT_KEYS) {
      const graded = gradeLine(key, excerpt, headings);
      const best = found.get(key);
      if (graded && (!best || RANK[graded.grade] > RANK[best.grade])) found.set(key, { key, page, excerpt, ...graded });
    }
    if (isHeading(line)) section = excerpt;
  }
  return {
    facts: FACT_KEYS.filter((key) => found.has(key)).map((key) => {
      const { grade: _grade, ...fact } = found.get(key)!;
      return fact;
    }),
  };
}
