import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { DIMENSIONS, overallScore, type DimensionKey } from "./dimensions";
import type { ScoreSource } from "./score-inputs";
import type { SignalScoreOutput } from "./schemas";

type Completed = { orgId: string; scoreId: string; projectId: string; output: SignalScoreOutput; sources: ScoreSource[]; modelUsed: string };

/** The numbers a text cites as [n] or [n, m]. */
export function citedNumbers(text: string): number[] {
  return [...text.matchAll(/\[(\d+(?:\s*,\s*\d+)*)\]/g)].flatMap((m) => m[1].split(",").map((n) => Number(n.trim())));
}

/**
 * Writes a completed run: the dimension scores and overall, the citations its criteria and
 * narrative refer to, and lineage (which documents and which project record fed each dimension).
 * Only a PROCESSING row is completed, so a rerun of the job writes nothing twice.
 */
export async function saveSignalScoreResult({ orgId, scoreId, projectId, output, sources, modelUsed }: Completed) {
  const byNumber = new Map(sources.map((s) => [s.n, s]));
  const scores = Object.fromEntries(DIMENSIONS.map((d) => [d.key, Math.round(output.dimensions[d.key].score * 100) / 100])) as Record<DimensionKey, number>;
  const cited = new Set([...DIMENSIONS.flatMap((d) => output.dimensions[d.key].criteria.flatMap((c) => c.sources)), ...citedNumbers(output.narrative)]);
  const citations = [...cited].filter((n) => byNumber.has(n)).sort((a, b) => a - b).map((n) => byNumber.get(n)!);

  await auditedWrite(systemActor(orgId), async (tx) => {
    const { count } = await tx.signalScore.updateMany({
      where: { id: scoreId, orgId, status: "PROCESSING" },
      data: {
        status: "COMPLETED",
        overallScore: overallScore(scores),
        ...Object.fromEntries(DIMENSIONS.map((d) => [d.column, scores[d.key].toFixed(2)])),
        narrative: output.narrative,
        modelVersion: modelUsed.slice(0, 50),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "This score run was already finished.");
    await tx.citation.createMany({
      data: citations.map((s) => ({ orgId, aiOutputType: "SignalScore", aiOutputId: scoreId, citationNumber: s.n, documentId: s.documentId, pageNumber: s.page, excerpt: s.excerpt })),
    });
    const lineage = DIMENSIONS.flatMap((d) => {
      const documentIds = new Set(output.dimensions[d.key].criteria.flatMap((c) => c.sources).flatMap((n) => byNumber.get(n)?.documentId ?? []));
      const contribution = `${d.key}_score`;
      return [
        { sourceType: "Project", sourceId: projectId, contribution },
        ...[...documentIds].map((id) => ({ sourceType: "Document", sourceId: id, contribution })),
      ];
    });
    await tx.lineageRecord.createMany({ data: lineage.map((l) => ({ ...l, orgId, entityType: "SignalScore", entityId: scoreId })) });
    return {
      result: null,
      audit: { action: "signal_score.completed", entityType: "SignalScore", entityId: scoreId, changes: { before: { status: "PROCESSING" }, after: { status: "COMPLETED", overallScore: overallScore(scores), modelVersion: modelUsed } } },
    };
  });
}
