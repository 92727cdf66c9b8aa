import type { AnswerSearch, QaDraftOutput } from "./qa-draft-output";

/** The offline draft quotes at most this many passages, one sentence each. */
const MAX_QUOTED_PASSAGES = 4;

/**
 * How many of the question's words a passage must contain to count as answering it: half of them,
 * at most three. One shared word ("agreement", "capacity") is a mention, not an answer.
 */
export function termsNeeded(termCount: number): number {
  return Math.max(1, Math.min(3, Math.ceil(termCount / 2)));
}

const quoted = (words: string[]) => words.map((w) => `"${w}"`);

function joinList(items: string[], conjunction: "or" | "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}

/**
 * The plain refusal to guess, saying what is missing: the question's words no document of the room
 * contains; else, that no page has enough of them together; else (the model read pages that name
 * them and found no answer there) that those pages do not say.
 */
export function notAnsweredSentence(search: AnswerSearch): string {
  const opening = "The data room does not answer this question:";
  if (search.terms.length === 0) return `${opening} no document mentions any of its words.`;
  const mentioned = new Set(search.passages.flatMap((p) => p.matchedTerms));
  const missing = search.terms.filter((_, index) => !mentioned.has(index));
  if (missing.length > 0) return `${opening} no document mentions ${joinList(quoted(missing), "or")}.`;
  if (search.passages.some((p) => p.matchedTerms.length >= termsNeeded(search.terms.length))) {
    return `${opening} the pages that mention ${joinList(quoted(search.terms), "and")} do not say.`;
  }
  return `${opening} no document mentions ${joinList(quoted(search.terms), "and")} together.`;
}

/**
 * The offline analyser's draft, extractive and deterministic: the best passages that contain enough
 * of the question's words, one sentence each quoting the passage's excerpt with its number; with
 * none, the plain "does not answer" sentence and no citation. It never writes a fact of its own.
 */
export function composeOfflineAnswer(search: AnswerSearch): QaDraftOutput {
  const needed = termsNeeded(search.terms.length);
  const chosen = search.passages.filter((p) => p.matchedTerms.length >= needed).slice(0, MAX_QUOTED_PASSAGES);
  if (chosen.length === 0) return { answered: false, sentences: [{ text: notAnsweredSentence(search), citations: [] }], citations: [] };
  return {
    answered: true,
    sentences: chosen.map((p) => ({ text: `${p.documentName}, page ${p.pageNumber}: "${p.excerpt}"`, citations: [p.number] })),
    citations: chosen.map((p) => ({ number: p.number, documentId: p.documentId, pageNumber: p.pageNumber, excerpt: p.excerpt })),
  };
}
