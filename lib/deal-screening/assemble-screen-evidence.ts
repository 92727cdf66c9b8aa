import { extractDocumentFacts } from "@/lib/signal-score/extract-document-facts";
import type { ScreenEvidence, ScreenSource } from "./screen-claims";

/** Enough pages for a first screen of a well-documented listing, few enough for the model to read. */
const MAX_SOURCES = 40;

export type RawScreenDocument = { id: string; name: string; text: string | null };

/**
 * The evidence a screen rests on, numbered: each fact the document analyser finds in a public
 * document's text becomes a source [n] with its page and verbatim excerpt. Pure, so the job and
 * the demo seed number the same pages the same way.
 */
export function assembleScreenEvidence(input: {
  project: ScreenEvidence["project"];
  documents: RawScreenDocument[];
  signalScore: ScreenEvidence["signalScore"];
}): ScreenEvidence {
  const readable = [...input.documents].filter((d) => d.text?.trim()).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const sources: ScreenSource[] = [];
  for (const document of readable) {
    for (const fact of extractDocumentFacts(document.text!).facts) {
      if (sources.length >= MAX_SOURCES) break;
      sources.push({ n: sources.length + 1, documentId: document.id, documentName: document.name, page: fact.page, excerpt: fact.excerpt, factKey: fact.key });
    }
  }
  return { project: input.project, documents: readable.map((d) => ({ id: d.id, name: d.name })), sources, signalScore: input.signalScore };
}
