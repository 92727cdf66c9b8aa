import { createHash } from "node:crypto";
import { isValidIban } from "./iban";

export const PII_TYPES = ["EMAIL", "PHONE", "IBAN", "ACCOUNT_NUMBER", "NATIONAL_ID", "PERSON_NAME", "ADDRESS"] as const;
export type PiiType = (typeof PII_TYPES)[number];

/** Who found it: the offline rules, or the AI engine (whose quote was located in the page text by code). */
export type DetectionSource = "rules" | "ai";

/**
 * One finding: where it is (page, character offsets in that page's extracted text) and how sure.
 * `rule` names the rule, or for an AI finding the model that answered.
 */
export type PiiDetection = {
  id: string;
  type: PiiType;
  text: string;
  page: number;
  start: number;
  end: number;
  confidence: number;
  rule: string;
  source: DetectionSource;
};

type Rule = { type: PiiType; name: string; pattern: RegExp; confidence: number; group?: number; accept?: (match: string) => boolean };

const STREET = "Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|Way|Close|Crescent|Highway";

/** Offline rules, most specific first: a span claimed by one rule is not reported again by a later one. */
const RULES: Rule[] = [
  { type: "EMAIL", name: "email", pattern: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g, confidence: 0.99 },
  { type: "IBAN", name: "iban-mod97", pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g, confidence: 0.98, accept: isValidIban },
  { type: "NATIONAL_ID", name: "us-ssn", pattern: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g, confidence: 0.9 },
  { type: "NATIONAL_ID", name: "kra-pin", pattern: /\b[AP]\d{9}[A-Z]\b/g, confidence: 0.9 },
  {
    type: "NATIONAL_ID",
    name: "labelled-id",
    pattern: /\b(?:national id|id (?:no|number)|passport(?: no| number)?|ssn|nin)\.?[:#\s]+([A-Z0-9][A-Z0-9-]{5,19})\b/gi,
    confidence: 0.85,
    group: 1,
  },
  {
    type: "ACCOUNT_NUMBER",
    name: "labelled-account",
    pattern: /\b(?:account|acct|a\/c)(?:\s*(?:no|number|#))?\.?[:#\s]+(\d[\d -]{4,20}\d)\b/gi,
    confidence: 0.85,
    group: 1,
  },
  {
    type: "PHONE",
    name: "phone",
    pattern: /(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){1,4}(?![\w-])/g,
    confidence: 0.8,
    accept: (m) => {
      const digits = m.replace(/\D/g, "");
      return digits.length >= 9 && digits.length <= 15 && !/^\d{4}-\d{2}-\d{2}$/.test(m);
    },
  },
  { type: "ADDRESS", name: "po-box", pattern: /\bP\.?\s?O\.?\s?Box\s+\d{1,6}(?:[-–]\d{3,6})?(?:,\s*[A-Z][a-z]+)?/g, confidence: 0.85 },
  { type: "ADDRESS", name: "street", pattern: new RegExp(`\\b\\d{1,5}\\s+(?:[A-Z][a-z]+\\s){1,3}(?:${STREET})\\b`, "g"), confidence: 0.7 },
  { type: "PERSON_NAME", name: "honorific", pattern: /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Eng)\.?\s+((?:[A-Z][a-z'-]+\s?){1,3})/g, confidence: 0.75, group: 1 },
  {
    type: "PERSON_NAME",
    name: "labelled-name",
    pattern: /\b(?:name|signed by|contact person|attention|attn)\s*:\s*((?:[A-Z][a-z'-]+\s){1,2}[A-Z][a-z'-]+)/gi,
    confidence: 0.7,
    group: 1,
  },
];

export function detectionId(page: number, start: number, type: PiiType, text: string): string {
  return createHash("sha256").update(`${page}:${start}:${type}:${text}`).digest("hex").slice(0, 16);
}

/** Every finding on every page, in reading order. Deterministic: the same text gives the same ids. */
export function detectPii(pages: { page: number; text: string }[]): PiiDetection[] {
  const found: PiiDetection[] = [];
  for (const { page, text } of pages) {
    const claimed: [number, number][] = [];
    for (const rule of RULES) {
      for (const match of text.matchAll(rule.pattern)) {
        const value = (rule.group ? match[rule.group] : match[0])?.trim();
        if (!value || (rule.accept && !rule.accept(value))) continue;
        const start = match.index + match[0].indexOf(value);
        const end = start + value.length;
        if (claimed.some(([a, b]) => start < b && end > a)) continue;
        claimed.push([start, end]);
        found.push({
          id: detectionId(page, start, rule.type, value),
          type: rule.type,
          text: value,
          page,
          start,
          end,
          confidence: rule.confidence,
          rule: rule.name,
          source: "rules",
        });
      }
    }
  }
  return found.sort((a, b) => a.page - b.page || a.start - b.start);
}
