import type { MemoScreenRef } from "./load-memo-screen";
import type { MemoInputs } from "./memo-inputs";
import { MEMO_SECTIONS, type MemoSection, memoSummary, sectionsToMarkdown } from "./memo-sections";
import type { MemoOutput } from "./schemas";

/**
 * What a written memo stores, as plain rows: its markdown and sections, its summary, every page
 * of the screen as a numbered citation (the memo's sources, which an editor may cite too), and
 * its lineage (the screen it was written from, the documents it cites). The job and the demo
 * seed write the same rows from the same output.
 */
export function memoRecords(output: MemoOutput, inputs: MemoInputs, screen: MemoScreenRef) {
  const byKey = new Map(output.sections.map((s) => [s.key, s.markdown]));
  const sections: MemoSection[] = MEMO_SECTIONS.map((s) => ({ key: s.key, heading: s.heading, markdown: byKey.get(s.key) ?? "" }));
  const content = sectionsToMarkdown(sections);
  const citations = inputs.sources.map((s) => ({ citationNumber: s.n, documentId: s.documentId, pageNumber: s.page, excerpt: s.excerpt }));
  const documents = [...new Set(inputs.sources.flatMap((s) => (s.documentId ? [s.documentId] : [])))];
  const lineage = [
    { sourceType: screen.type, sourceId: screen.id, contribution: `screen version ${inputs.screen.version}` },
    { sourceType: "Project", sourceId: inputs.project.id, contribution: "listing facts" },
    ...documents.map((id) => ({ sourceType: "Document", sourceId: id, contribution: "cited evidence" })),
  ];
  return { sections, content, summary: memoSummary(sections), citations, lineage };
}
