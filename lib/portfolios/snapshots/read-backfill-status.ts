import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { BACKFILL_JOB_ID } from "./snapshot-constants";

export type BackfillStatus = { state: "queued" | "running" | "failed"; done: number; total: number; from: string | null; to: string | null };

/**
 * The portfolio's latest backfill if it is waiting, under way or failed (with the days done so
 * far); null when there is none or the latest succeeded.
 */
export async function readBackfillStatus(scope: Pick<TenantContext, "org">, portfolioId: string): Promise<BackfillStatus | null> {
  // Asked for but not yet fanned out into a run: queued as far as the person is concerned.
  const undispatched = await db.outboxEvent.findFirst({
    where: { orgId: scope.org.id, name: "portfolio.snapshots_backfill_requested", dispatchedAt: null, payload: { path: ["portfolioId"], equals: portfolioId } },
    select: { payload: true },
  });
  if (undispatched) return { state: "queued", done: 0, total: 0, ...range(undispatched.payload) };
  const run = await db.jobRun.findFirst({
    where: { orgId: scope.org.id, jobId: BACKFILL_JOB_ID, entityType: "Portfolio", entityId: portfolioId },
    orderBy: { createdAt: "desc" },
    select: { status: true, progressDone: true, progressTotal: true, payload: true },
  });
  if (!run || !["QUEUED", "RUNNING", "FAILED"].includes(run.status)) return null;
  const state = run.status === "RUNNING" ? "running" : run.status === "QUEUED" ? "queued" : "failed";
  return { state, done: Math.min(run.progressDone ?? 0, run.progressTotal ?? 0), total: run.progressTotal ?? 0, ...range(run.payload) };
}

function range(payload: unknown): { from: string | null; to: string | null } {
  const data = (payload ?? {}) as { from?: unknown; to?: unknown };
  return { from: typeof data.from === "string" ? data.from : null, to: typeof data.to === "string" ? data.to : null };
}
