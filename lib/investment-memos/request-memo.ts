import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { hasActiveRun } from "@/lib/jobs/has-active-run";
import { findLatestCompletedScreen } from "./load-memo-screen";

/** A queued memo not yet picked up by a job after this long is presumed lost and may be queued again. */
const QUEUE_GRACE_MS = 10 * 60_000;

export type RequestedMemo = { memoId: string; screenVersion: number; alreadyRunning: boolean };

/**
 * Queues a memo of a deal in the tenant's pipeline, written from the org's latest completed screen
 * of the project: the memo row (empty until the job writes it), the event and the audit row, in
 * one transaction. A deal never screened to completion is refused with what to do. A second click
 * while a memo is being written returns that memo; a memo whose writing failed is queued again.
 */
export async function requestInvestmentMemo(actor: Actor, entryId: string): Promise<RequestedMemo> {
  const entry = await db.dealPipelineEntry.findFirst({
    where: { id: entryId, orgId: actor.org.id },
    select: { projectId: true, project: { select: { name: true } } },
  });
  if (!entry) throw notFound("Deal");
  const screen = await findLatestCompletedScreen(actor.org.id, entry.projectId);
  if (!screen) {
    throw new AppError("INVALID_TRANSITION", `${entry.project.name} has no completed screen yet: screen the deal first, then write its memo from the screen.`);
  }
  return auditedWrite<RequestedMemo>(actor, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`memo:${actor.org.id}:${entry.projectId}`}, 0))`;
    const pending = await tx.investmentMemo.findFirst({ where: { orgId: actor.org.id, projectId: entry.projectId, content: "" }, orderBy: { createdAt: "desc" } });
    if (pending && ((await hasActiveRun(tx, "InvestmentMemo", pending.id)) || pending.updatedAt.getTime() > Date.now() - QUEUE_GRACE_MS)) {
      return { result: { memoId: pending.id, screenVersion: screen.version, alreadyRunning: true }, audit: [] };
    }
    const data = { dealScreenId: screen.dealScreenId, title: `Investment memo: ${entry.project.name}`.slice(0, 500), content: "", sections: [], summary: null };
    let memoId = pending?.id;
    if (memoId) await tx.investmentMemo.updateMany({ where: { id: memoId, orgId: actor.org.id, content: "" }, data });
    else memoId = (await tx.investmentMemo.create({ data: { ...data, orgId: actor.org.id, projectId: entry.projectId }, select: { id: true } })).id;
    const memo = { id: memoId, title: data.title };
    await emit(tx, "memo.generation_requested", { orgId: actor.org.id, projectId: entry.projectId, memoId: memo.id, screen: screen.ref });
    return {
      result: { memoId: memo.id, screenVersion: screen.version, alreadyRunning: false },
      audit: {
        action: "memo.requested",
        entityType: "InvestmentMemo",
        entityId: memo.id,
        changes: { before: null, after: { projectId: entry.projectId, title: memo.title, screenVersion: screen.version, screenId: screen.ref.id } },
      },
    };
  });
}
