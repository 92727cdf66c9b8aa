import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { emit } from "@/lib/events/emit";

/**
 * The screening run gave up: the version ends FAILED with the reason as its rationale and no
 * verdict. The org's screen keeps its last completed verdict; a screen that never completed is
 * FAILED too. Returns whether anything changed (a finished version is left alone).
 */
export async function failDealScreen(orgId: string, versionId: string, reason: string): Promise<boolean> {
  return auditedWrite(systemActor(orgId, "screen-deal"), async (tx) => {
    const version = await tx.dealScreenVersion.findFirst({
      where: { id: versionId, orgId, status: { in: ["PENDING", "PROCESSING"] } },
      select: { status: true, version: true, dealScreen: { select: { id: true, projectId: true, status: true } } },
    });
    if (!version) return { result: false, audit: [] };
    await tx.dealScreenVersion.updateMany({
      where: { id: versionId, orgId, status: version.status },
      data: { status: "FAILED", rationale: `Screening failed: ${reason}`.slice(0, 2_000) },
    });
    if (version.dealScreen.status !== "COMPLETED") await tx.dealScreen.updateMany({ where: { id: version.dealScreen.id, orgId }, data: { status: "FAILED" } });
    await emit(tx, "deal.screened", {
      orgId,
      projectId: version.dealScreen.projectId,
      dealScreenId: version.dealScreen.id,
      versionId,
      status: "FAILED",
      recommendation: null,
    });
    return {
      result: true,
      audit: {
        action: "deal_screen.failed",
        entityType: "DealScreen",
        entityId: version.dealScreen.id,
        changes: {
          before: { status: version.status },
          after: { projectId: version.dealScreen.projectId, version: version.version, versionId, status: "FAILED", error: reason },
        },
      },
    };
  });
}
