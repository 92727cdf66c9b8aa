import { citedNumbers } from "./check-screen-output";
import type { ScreenEvidence, ScreenOutput } from "./screen-claims";

/**
 * What a completed screen stores, as plain rows: its columns, the pages its claims and rationale
 * cite, and its lineage (the listing record, every public document read, the Signal Score it was
 * shown). The screening job and the demo seed write the same rows from the same output.
 */
export function screenRecords(output: ScreenOutput, evidence: ScreenEvidence) {
  const byNumber = new Map(evidence.sources.map((s) => [s.n, s]));
  const claims = [...output.keyStrengths, ...output.keyRisks, ...output.nextSteps];
  const cited = new Set([...claims.flatMap((c) => c.citations), ...citedNumbers(output.rationale)]);
  const citations = [...cited]
    .filter((n) => byNumber.has(n))
    .sort((a, b) => a - b)
    .map((n) => byNumber.get(n)!)
    .map((s) => ({ citationNumber: s.n, documentId: s.documentId, pageNumber: s.page, excerpt: s.excerpt }));
  const citedDocuments = new Set(citations.map((c) => c.documentId));
  const lineage = [
    { sourceType: "Project", sourceId: evidence.project.id, contribution: "listing facts" },
    ...evidence.documents.map((d) => ({ sourceType: "Document", sourceId: d.id, contribution: citedDocuments.has(d.id) ? "cited evidence" : "evidence read" })),
    ...(evidence.signalScore ? [{ sourceType: "SignalScore", sourceId: evidence.signalScore.id, contribution: "developer signal score" }] : []),
  ];
  return {
    columns: {
      recommendation: output.recommendation,
      overallScore: output.overallScore === null ? null : output.overallScore.toFixed(2),
      rationale: output.rationale,
      keyStrengths: output.keyStrengths,
      keyRisks: output.keyRisks,
      nextSteps: output.nextSteps,
    },
    citations,
    lineage,
  };
}
