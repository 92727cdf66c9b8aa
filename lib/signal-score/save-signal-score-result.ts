import { auditedWrite } from "@/lib/audit/audited-write";
import { emit } from "@/lib/events/emit";
import { systemActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import type { ScoreSource } from "./score-inputs";
import { scoreRecords } from "./score-records";
import type { SignalScoreOutput } from "./schemas";

type Completed = { orgId: string; scoreId: string; projectId: string; output: SignalScoreOutput; sources: ScoreSource[]; modelUsed: string };

/**
 * Writes a completed run: the dimension scores and overall, the citations its criteria and
 * narrative refer to, and lineage (which documents and which project record fed each dimension).
 * Only a PROCESSING row is completed, so a rerun of the job writes nothing twice.
 */
export async function saveSignalScoreResult({ orgId, scoreId, projectId, output, sources, modelUsed }: Completed) {
  const { columns, citations, lineage } = scoreRecords({ projectId, output, sources });

  await auditedWrite(systemActor(orgId, "score-signal"), async (tx) => {
    const { count } = await tx.signalScore.updateMany({
      where: { id: scoreId, orgId, status: "PROCESSING" },
      data: { status: "COMPLETED", ...columns, modelVersion: modelUsed.slice(0, 50) },
    });
    if (count === 0) throw new AppError("CONFLICT", "This score run was already finished.");
    await emit(tx, "signal_score.completed", { orgId, projectId, scoreId, status: "COMPLETED" });
    await tx.citation.createMany({
      data: citations.map((c) => ({ ...c, orgId, aiOutputType: "SignalScore", aiOutputId: scoreId })),
    });
    await tx.lineageRecord.createMany({ data: lineage.map((l) => ({ ...l, orgId, entityType: "SignalScore", entityId: scoreId })) });
    return {
      result: null,
      audit: {
        action: "signal_score.completed",
        entityType: "SignalScore",
        entityId: scoreId,
        changes: { before: { status: "PROCESSING" }, after: { status: "COMPLETED", overallScore: columns.overallScore, modelVersion: modelUsed } },
      },
    };
  });
}
