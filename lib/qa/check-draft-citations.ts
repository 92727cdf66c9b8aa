import { AppError } from "@/lib/errors/app-error";
import { notAnsweredSentence } from "./compose-offline-answer";
import type { AnswerSearch, QaDraftOutput } from "./qa-draft-output";
import { QA_ANSWER_MAX_LENGTH } from "./qa-options";

export type DraftCitation = { number: number; documentId: string; pageNumber: number; excerpt: string };
export type CheckedDraft = { answered: boolean; content: string; citations: DraftCitation[] };

const squash = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Holds a draft to the passages it was given. A citation counts only if its number is a given
 * passage and its document and page are that passage's; an excerpt that is not a word-for-word
 * quote of the passage is replaced by the passage's own. Sentences keep only such citations, and
 * a sentence left with none is dropped: nothing unsourced reaches the ally. A draft that claims an
 * answer but keeps no sourced sentence is refused. "Not answered" is always the plain sentence,
 * never a model's guess. Citations are renumbered 1, 2, 3 in the order the text first cites them.
 */
export function checkDraftCitations(output: QaDraftOutput, search: AnswerSearch): CheckedDraft {
  if (!output.answered) return { answered: false, content: notAnsweredSentence(search), citations: [] };
  const given = new Map(search.passages.map((p) => [p.number, p]));
  const refused = new Set(
    output.citations.filter((c) => given.get(c.number)?.documentId !== c.documentId || given.get(c.number)?.pageNumber !== c.pageNumber).map((c) => c.number),
  );
  const excerptOf = new Map(output.citations.filter((c) => !refused.has(c.number)).map((c) => [c.number, c.excerpt]));
  const renumbered = new Map<number, number>();
  const sentences = output.sentences.flatMap((sentence) => {
    const cited = [...new Set(sentence.citations)].filter((n) => given.has(n) && !refused.has(n));
    if (cited.length === 0) return [];
    for (const n of cited) if (!renumbered.has(n)) renumbered.set(n, renumbered.size + 1);
    const text = sentence.text.replace(/\s*\[\d+\]/g, "").trim();
    const markers = cited.map((n) => `[${renumbered.get(n)}]`).join("");
    // "... 40 MW [1]." reads better than "... 40 MW. [1]"; a sentence ending in a quote keeps the quote whole.
    const stop = /[.!?]$/.exec(text)?.[0] ?? "";
    return [`${text.slice(0, text.length - stop.length)} ${markers}${stop}`];
  });
  if (sentences.length === 0) throw new AppError("SERVICE_UNAVAILABLE", "The AI draft cited no passage it was given, so it was discarded; try again.");
  const citations = [...renumbered].map(([passageNumber, number]) => {
    const passage = given.get(passageNumber)!;
    const claimed = excerptOf.get(passageNumber);
    const excerpt = claimed && squash(passage.content).includes(squash(claimed)) && claimed.trim() ? claimed.trim() : passage.excerpt;
    return { number, documentId: passage.documentId, pageNumber: passage.pageNumber, excerpt };
  });
  return { answered: true, content: sentences.join(" ").slice(0, QA_ANSWER_MAX_LENGTH), citations };
}
