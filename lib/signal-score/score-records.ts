import { DIMENSIONS, overallScore, type DimensionKey } from "./dimensions";
import type { ScoreSource } from "./score-inputs";
import type { SignalScoreOutput } from "./schemas";

/** The numbers a text cites as [n] or [n, m]. */
export function citedNumbers(text: string): number[] {
  return [...text.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)].flatMap((m) => m[1].split(",").map((n) => Number(n.trim())));
}

/**
 * What a completed score stores, as plain rows: its columns, the sources its criteria and
 * narrative cite, and its lineage (which documents and which project record fed each
 * dimension). The scoring job and the demo seed write the same rows from the same output.
 */
export function scoreRecords({ projectId, output, sources }: { projectId: string; output: SignalScoreOutput; sources: ScoreSource[] }) {
  const byNumber = new Map(sources.map((s) => [s.n, s]));
  const scores = Object.fromEntries(DIMENSIONS.map((d) => [d.key, Math.round(output.dimensions[d.key].score * 100) / 100])) as Record<DimensionKey, number>;
  const cited = new Set([...DIMENSIONS.flatMap((d) => output.dimensions[d.key].criteria.flatMap((c) => c.sources)), ...citedNumbers(output.narrative)]);
  const citations = [...cited]
    .filter((n) => byNumber.has(n))
    .sort((a, b) => a - b)
    .map((n) => byNumber.get(n)!);
  const lineage = DIMENSIONS.flatMap((d) => {
    const documentIds = new Set(output.dimensions[d.key].criteria.flatMap((c) => c.sources).flatMap((n) => byNumber.get(n)?.documentId ?? []));
    const contribution = `${d.key}_score`;
    return [{ sourceType: "Project", sourceId: projectId, contribution }, ...[...documentIds].map((id) => ({ sourceType: "Document", sourceId: id, contribution }))];
  });
  return {
    columns: {
      overallScore: overallScore(scores),
      ...(Object.fromEntries(DIMENSIONS.map((d) => [d.column, scores[d.key].toFixed(2)])) as Record<(typeof DIMENSIONS)[number]["column"], string>),
      narrative: output.narrative,
    },
    citations: citations.map((s) => ({ citationNumber: s.n, documentId: s.documentId, pageNumber: s.page, excerpt: s.excerpt })),
    lineage,
  };
}
