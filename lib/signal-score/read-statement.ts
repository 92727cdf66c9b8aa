/**
 * Whether a line of a document states something as done or existing. A data room is full of
 * text that names a thing without evidencing it: headings, to-do lists, questions, plans and
 * denials. Pure string rules, so a score can always say why a line did or did not count.
 */

/** Bullets, checkboxes and numbering ("3.", "b)", "2.4") in front of a line's words. */
const LEADING_MARKS = /^(?:[-*•–·>▪◦]\s*|(?:\[\s?[xX]?\s?\]|[☐☑☒])\s*|\(?(?:\d{1,2}|[a-hA-H]|[ivxIVX]{1,4})[.)]\s+|\d{1,2}(?:\.\d{1,2})+\.?\s+(?![A-Za-z]{1,3}\b))/;

/** Names whose "no" or "planning" is no denial or plan, rewritten before the rules read a line. */
const FIXED_PHRASES: [RegExp, string][] = [
  [/\bno[- ]objection\b/gi, "objection-waiver"],
  [/\bplanning (permission|consent|approval)\b/gi, "land-use $1"],
  [/\bnot-for-profit\b/gi, "nonprofit"],
];

const VERB_LIKE = /\b(?:is|are|was|were|be|been|has|have|had|holds?|owns?|covers?|includes?|provides?|shows?|meets?|applies|complies|exists?|remains?|led)\b/i;
const PARTICIPLE = /\b[a-z]{3,}ed\b/gi;

const NEGATION =
  /\b(?:not|never|none|nor|neither|without|lacks?|lacking|absent|missing|pending|awaiting|unsigned|unapproved|cannot|yet to)\b|n['’]t\b|\bno\b(?!\.|\s*\d|\s*:)/i;

const INTENTION = new RegExp(
  [
    "\\b(?:will|would|going to|plan(?:s|ned)? to|planned|planning|intends?|intended|intention|aims? to|hopes? to|wish(?:es)? to",
    "apply(?:ing)? for|to apply|to approach|approaching|seek(?:s|ing)?|(?:being|is|are) sought|expected to|expects? to|anticipated to",
    "under negotiation|in negotiations?|negotiating|being negotiated|to negotiate|to be|needs? to|must|should|could|might",
    "propos(?:e|es|ing) to|to follow|to come|in due course|conditions? precedent|tbd|tbc)\\b",
  ].join("|"),
  "i",
);

/** The first word of a to-do item: "approach Kenya Power", "apply for grid", "secure land". */
const IMPERATIVES = new Set(
  (
    "approach apply obtain secure submit prepare commission negotiate engage finalise finalize complete arrange contact request " +
    "seek get start begin hire recruit sign procure conduct draft develop identify follow schedule organise organize undertake " +
    "initiate launch register file book confirm update review finish build install agree discuss meet call send ask set appoint " +
    "define explore investigate consider evaluate assess ensure need please check chase collect gather commence"
  ).split(" "),
);

const TODO_MARKER = /^(?:to[- ]?dos?|next steps?|action(?: item)?s?|open (?:items|points)|outstanding (?:items|actions)|tasks?|wish ?list)\b\s*(?:[:\-–]|$)/i;

export function stripLeadingMarks(line: string): string {
  let text = line.trim();
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(LEADING_MARKS, "").trim();
  }
  return text;
}

export function hasLeadingMark(line: string): boolean {
  return stripLeadingMarks(line) !== line.trim();
}

export function neutralise(line: string): string {
  return FIXED_PHRASES.reduce((text, [phrase, plain]) => text.replace(phrase, plain), line);
}

/**
 * A title rather than a sentence: short, no figure, no verb, no "label: value" ("Risks",
 * "3. Permits", "Grid Connection Agreement"). A leading participle reads as an adjective in a
 * short title ("Avoided emissions") but as a verb in a longer line ("Signed PPA with KPLC in May").
 */
export function isHeading(line: string): boolean {
  const text = stripLeadingMarks(line);
  const words = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  if (words.length > 8 || /\d/.test(text) || /:\s*\S/.test(text) || /\.\s*$/.test(text) || VERB_LIKE.test(text)) return false;
  const participles = [...text.matchAll(PARTICIPLE)].filter((m) => m.index > 0 || words.length >= 4);
  return participles.length === 0;
}

/** Says something: two or more words and not a bare title ("Grid connection", "3200000" say nothing). */
export function isSubstantive(clause: string): boolean {
  return (
    stripLeadingMarks(clause)
      .split(/\s+/)
      .filter((w) => /[a-z]/i.test(w)).length >= 2 && !isHeading(clause)
  );
}

export function isQuestion(text: string): boolean {
  return /\?\s*["')\]]?\s*$/.test(text.trim());
}

/** A to-do marker ("Next steps:"), an empty checkbox, or an imperative first word. */
export function isTodo(text: string): boolean {
  const trimmed = text.trim();
  if (TODO_MARKER.test(trimmed) || /^(?:[-*•]\s*)?(?:\[\s?\]|☐)/.test(trimmed)) return true;
  return startsImperative(trimmed);
}

/** Opens a to-do list: the bullets under it are tasks, not facts. */
export function opensTodoList(line: string): boolean {
  return TODO_MARKER.test(stripLeadingMarks(line)) && stripLeadingMarks(line).replace(TODO_MARKER, "").trim().length === 0;
}

function startsImperative(text: string): boolean {
  const first = stripLeadingMarks(text).split(/\s+/)[0] ?? "";
  // "Update: PPA signed" is a label, not an instruction.
  if (first.endsWith(":")) return false;
  return IMPERATIVES.has(first.toLowerCase().replace(/[^a-z]/g, ""));
}

/**
 * Clauses that can each be true or false on their own: "the ESIA has not started; the lease is
 * signed". Spreadsheet cells (tab-separated) are clauses too: "Equity IRR<tab>13.9%".
 */
export function splitClauses(line: string): string[] {
  return line
    .split(
      /[;|•\t]|(?<!\b(?:[Nn]o|[Rr]ef|approx|Mr|Mrs|Ms|Dr|Eng|Prof|Ltd|Co|Inc|St|vs|etc|e\.g|i\.e))\.\s+(?=[A-Z(])|\s[–—-]\s|,?\s+\b(?:[Bb]ut|[Hh]owever|[Ww]hereas|[Ww]hile|[Aa]lthough|[Tt]hough)\b/,
    )
    .map((c) => c.trim())
    .filter(Boolean);
}

export type ClauseReading = "stated" | "negated" | "intended" | "todo" | "question";

/** How a clause speaks of its subject; `allowIntent` for facts that are about the future by nature (open roles). */
export function readClause(clause: string, allowIntent = false): ClauseReading {
  if (isQuestion(clause)) return "question";
  if (startsImperative(clause)) return "todo";
  if (NEGATION.test(clause)) return "negated";
  if (!allowIntent && INTENTION.test(clause)) return "intended";
  return "stated";
}
