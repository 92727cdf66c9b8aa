import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import type { ScreenEvidence, ScreenOutput } from "./screen-claims";
import { screenRecords } from "./screen-records";

type Completed = { orgId: string; versionId: string; output: ScreenOutput; evidence: ScreenEvidence; modelUsed: string };

/**
 * Writes a completed run: the version's verdict, its citations (ai_output_type DealScreenVersion)
 * and lineage; then the org's deal_screens row takes the verdict, and its citations
 * (ai_output_type DealScreen, what a memo built from the screen cites) are replaced by this
 * version's. Only a PROCESSING version is completed, so a rerun writes nothing twice.
 */
export async function saveDealScreenResult({ orgId, versionId, output, evidence, modelUsed }: Completed) {
  const { columns, citations, lineage } = screenRecords(output, evidence);
  await auditedWrite(systemActor(orgId, "screen-deal"), async (tx) => {
    const version = await tx.dealScreenVersion.findFirst({
      where: { id: versionId, orgId, status: "PROCESSING" },
      select: { dealScreenId: true, version: true, triggeredBy: true },
    });
    const { count } = await tx.dealScreenVersion.updateMany({
      where: { id: versionId, orgId, status: "PROCESSING" },
      data: { status: "COMPLETED", ...columns, modelUsed: modelUsed.slice(0, 100) },
    });
    if (!version || count === 0) throw new AppError("CONFLICT", "This screening run was already finished.");
    const screenId = version.dealScreenId;
    await tx.dealScreen.updateMany({
      where: { id: screenId, orgId },
      data: { status: "COMPLETED", ...columns, modelUsed: modelUsed.slice(0, 100), triggeredBy: version.triggeredBy },
    });
    await tx.citation.createMany({ data: citations.map((c) => ({ ...c, orgId, aiOutputType: "DealScreenVersion", aiOutputId: versionId })) });
    await tx.citation.deleteMany({ where: { orgId, aiOutputType: "DealScreen", aiOutputId: screenId } });
    await tx.citation.createMany({ data: citations.map((c) => ({ ...c, orgId, aiOutputType: "DealScreen", aiOutputId: screenId })) });
    await tx.lineageRecord.createMany({
      data: [
        ...lineage.map((l) => ({ ...l, orgId, entityType: "DealScreenVersion", entityId: versionId })),
        { orgId, entityType: "DealScreen", entityId: screenId, sourceType: "DealScreenVersion", sourceId: versionId, contribution: `version ${version.version}` },
      ],
    });
    await emit(tx, "deal.screened", {
      orgId,
      projectId: evidence.project.id,
      dealScreenId: screenId,
      versionId,
      status: "COMPLETED",
      recommendation: columns.recommendation,
    });
    return {
      result: null,
      audit: {
        action: "deal_screen.completed",
        entityType: "DealScreen",
        entityId: screenId,
        changes: {
          before: { status: "PROCESSING" },
          after: {
            projectId: evidence.project.id,
            version: version.version,
            versionId,
            status: "COMPLETED",
            recommendation: columns.recommendation,
            overallScore: columns.overallScore,
            citations: citations.length,
            model: modelUsed,
          },
        },
      },
    };
  });
}
