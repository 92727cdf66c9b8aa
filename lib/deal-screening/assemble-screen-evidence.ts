import { extractDocumentFacts } from "@/lib/signal-score/extract-document-facts";
import type { ScreenEvidence, ScreenSource } from "./screen-claims";

/** Enough pages for a first screen of a well-documented listing, few enough for the model to read. */
const MAX_SOURCES = 40;

export type RawScreenDocument = { id: string; name: string; text: string | null };

/**
 * The evidence a screen rests on, numbered: each fact the document analyser finds in a public
 * document's text becomes a source [n] with its page and verbatim excerpt. Pure, so the job and
 * the demo seed number the same pages the same way. A line that evidences two facts is one source
 * (one number) listed under each.
 */
export function assembleScreenEvidence(input: {
  project: ScreenEvidence["project"];
  documents: RawScreenDocument[];
  signalScore: ScreenEvidence["signalScore"];
  record: ScreenEvidence["record"];
}): ScreenEvidence {
  const readable = [...input.documents].filter((d) => d.text?.trim()).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const sources: ScreenSource[] = [];
  let count = 0;
  for (const document of readable) {
    for (const fact of extractDocumentFacts(document.text!).facts) {
      // One line can evidence two facts (a licence number and its ESIA): it keeps one number.
      const same = sources.find((s) => s.documentId === document.id && s.page === fact.page && s.excerpt === fact.excerpt);
      if (!same && count >= MAX_SOURCES) break;
      const n = same?.n ?? ++count;
      sources.push({ n, documentId: document.id, documentName: document.name, page: fact.page, excerpt: fact.excerpt, factKey: fact.key });
    }
  }
  return { project: input.project, documents: readable.map((d) => ({ id: d.id, name: d.name })), sources, signalScore: input.signalScore, record: input.record };
}
