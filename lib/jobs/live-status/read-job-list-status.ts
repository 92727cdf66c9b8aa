import { db } from "@/lib/db/client";
import { ALL_JOBS_ID, type LiveStatusSnapshot } from "./live-status-types";

/**
 * Whether a job list (one org's, or with a null org every org's) has work queued or running, and
 * a token that moves whenever one of those runs moves: a run starting, reporting progress,
 * finishing or a new one queued. Reads only the active runs (the status index), not the history.
 */
export async function readJobListStatus(orgId: string | null): Promise<LiveStatusSnapshot> {
  const scope = orgId ? { orgId } : {};
  const [active, undispatched] = await Promise.all([
    db.jobRun.aggregate({ where: { ...scope, status: { in: ["QUEUED", "RUNNING"] } }, _count: { _all: true }, _max: { updatedAt: true }, _sum: { progressDone: true } }),
    // The platform page also counts events not yet fanned out into runs as busy.
    orgId ? Promise.resolve(0) : db.outboxEvent.count({ where: { dispatchedAt: null } }),
  ]);
  const busy = active._count._all > 0 || undispatched > 0;
  const progress = `${active._count._all}:${active._max.updatedAt?.getTime() ?? 0}:${active._sum.progressDone ?? 0}:${undispatched}`;
  return { [ALL_JOBS_ID]: { status: busy ? "active" : "idle", active: busy, progress } };
}
