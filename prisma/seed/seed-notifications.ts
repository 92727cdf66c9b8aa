import { roomOfDocument } from "../../lib/dataroom/rooms/room-ref";
import { redactionReadyContent, signalScoreContent } from "../../lib/notifications/notification-content";
import { createNotification, type FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";

/**
 * The notifications the jobs would have written for what the story already holds, worded by the
 * same functions (lib/notifications/notification-content.ts) and dated when their fact happened:
 * the redaction waiting for review goes to whoever asked for it, each project's latest completed
 * Signal Score to whoever ran it. No mail: the seed sends nothing, and the dev mailbox stays empty.
 */
export async function seedNotifications(db: FactoryDb, ctx: DemoContext) {
  const orgIds = [ctx.orgs.helios, ctx.orgs.andes, ctx.orgs.northwind];
  const leads = await db.user.findMany({ where: { orgId: { in: orgIds }, role: { in: ["manager", "admin"] }, isActive: true }, select: { id: true, orgId: true } });

  const reviews = await db.redactionJob.findMany({
    where: { orgId: { in: orgIds }, status: "review" },
    select: { id: true, orgId: true, createdBy: true, entityCount: true, updatedAt: true, documentId: true },
  });
  for (const job of reviews) {
    const document = await db.document.findFirst({
      where: { id: job.documentId, orgId: job.orgId, isDeleted: false },
      select: { id: true, name: true, projectId: true, portfolioId: true },
    });
    const room = document && roomOfDocument(document);
    if (!document || !room) continue;
    const content = redactionReadyContent({ redactionJobId: job.id, documentId: document.id, documentName: document.name, room, entityCount: job.entityCount });
    const recipients = job.createdBy ? [job.createdBy] : leads.filter((u) => u.orgId === job.orgId).map((u) => u.id);
    for (const userId of recipients) await createNotification(db, { orgId: job.orgId, userId, ...content, createdAt: job.updatedAt });
  }

  const scores = await db.signalScore.findMany({
    where: { orgId: { in: orgIds }, status: "COMPLETED", triggeredBy: { not: null } },
    orderBy: [{ projectId: "asc" }, { version: "desc" }],
    distinct: ["projectId"],
    select: { id: true, orgId: true, version: true, overallScore: true, triggeredBy: true, updatedAt: true, project: { select: { id: true, name: true } } },
  });
  for (const score of scores) {
    const content = signalScoreContent({
      scoreId: score.id,
      projectId: score.project.id,
      projectName: score.project.name,
      version: score.version,
      status: "COMPLETED",
      overallScore: Number(score.overallScore),
    });
    await createNotification(db, { orgId: score.orgId, userId: score.triggeredBy!, ...content, createdAt: score.updatedAt });
  }
}
