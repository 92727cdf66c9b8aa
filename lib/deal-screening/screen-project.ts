import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/create-db-client";
import type { DealScreen } from "@/lib/db/generated/client";
import { emit } from "@/lib/events/emit";
import { getListedProjectOrThrow } from "@/lib/marketplace/get-listed-project-or-throw";

/** A run still PENDING/PROCESSING after this long is presumed lost (a restarted worker) and does not block a new one. */
const RUN_STALE_AFTER_MS = 10 * 60_000;

export type RequestedScreen = { dealScreenId: string; versionId: string; version: number; alreadyRunning: boolean };

/**
 * Queues the next version of the investor org's screen of a listed project (PENDING) and the job
 * that computes it. The org's one deal_screens row per project is created on the first screen;
 * every run is a version of it, so a re-screen keeps the earlier ones. A second click while a run
 * is under way returns that run.
 */
export async function screenProject(actor: Actor, projectId: string): Promise<RequestedScreen> {
  const project = await getListedProjectOrThrow(projectId);
  return auditedWrite<RequestedScreen>(actor, async (tx) => {
    // Serialises requests per org and project, so two clicks cannot both take version max+1.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`deal-screen:${actor.org.id}:${project.id}`}, 0))`;
    const screen =
      (await tx.dealScreen.findFirst({ where: { orgId: actor.org.id, projectId: project.id } })) ??
      (await tx.dealScreen.create({ data: { orgId: actor.org.id, projectId: project.id, status: "PENDING", triggeredBy: actor.user.id } }));
    const running = await tx.dealScreenVersion.findFirst({
      where: { dealScreenId: screen.id, status: { in: ["PENDING", "PROCESSING"] }, createdAt: { gte: new Date(Date.now() - RUN_STALE_AFTER_MS) } },
      orderBy: { version: "desc" },
    });
    if (running) return { result: { dealScreenId: screen.id, versionId: running.id, version: running.version, alreadyRunning: true }, audit: [] };
    const { _max } = await tx.dealScreenVersion.aggregate({ where: { dealScreenId: screen.id }, _max: { version: true } });
    if (_max.version === null && screen.status === "COMPLETED") await archiveUnversionedScreen(tx, screen);
    const version = (_max.version ?? (screen.status === "COMPLETED" ? 1 : 0)) + 1;
    const row = await tx.dealScreenVersion.create({
      data: { dealScreenId: screen.id, orgId: actor.org.id, version, status: "PENDING", triggeredBy: actor.user.id },
    });
    await emit(tx, "deal.screen_requested", { orgId: actor.org.id, projectId: project.id, dealScreenId: screen.id, versionId: row.id });
    return {
      result: { dealScreenId: screen.id, versionId: row.id, version, alreadyRunning: false },
      audit: {
        action: "deal_screen.requested",
        entityType: "DealScreen",
        entityId: screen.id,
        changes: { before: null, after: { projectId: project.id, version, versionId: row.id, status: "PENDING" } },
      },
    };
  });
}

/**
 * A screen written before versions were kept (a verdict on the deal_screens row alone) becomes
 * version 1 with its citations, so the first re-screen leaves it readable like any other.
 */
async function archiveUnversionedScreen(tx: Tx, screen: DealScreen) {
  const { id: _id, projectId: _projectId, ...columns } = screen;
  const archived = await tx.dealScreenVersion.create({
    data: {
      ...columns,
      keyStrengths: columns.keyStrengths ?? undefined,
      keyRisks: columns.keyRisks ?? undefined,
      nextSteps: columns.nextSteps ?? undefined,
      dealScreenId: screen.id,
      version: 1,
    },
  });
  const citations = await tx.citation.findMany({ where: { orgId: screen.orgId, aiOutputType: "DealScreen", aiOutputId: screen.id } });
  await tx.citation.createMany({
    data: citations.map((c) => ({
      orgId: c.orgId,
      aiOutputType: "DealScreenVersion",
      aiOutputId: archived.id,
      citationNumber: c.citationNumber,
      documentId: c.documentId,
      pageNumber: c.pageNumber,
      excerpt: c.excerpt,
    })),
  });
}
