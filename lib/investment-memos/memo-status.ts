import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { LiveStatusSnapshot } from "@/lib/jobs/live-status/live-status-types";

export type MemoStatus = "PENDING" | "PROCESSING" | "COMPLETED" | "FAILED";
export type MemoStatusView = { status: MemoStatus; error: string | null };

/** Past this, a memo no job has picked up is presumed lost (longer than the job's attempts and backoff). */
const LOST_AFTER_MS = 60 * 60_000;
const LOST = "Its job stopped before writing it. Generate the memo again; if it fails again, contact support.";

/**
 * Where each memo stands. A written memo (content not empty) is COMPLETED; an unwritten one takes
 * the state of its newest job run (the platform's record of the work: queued, running, failed
 * with its reason), or PENDING while its event waits to be dispatched.
 */
export async function readMemoStatuses(
  orgId: string,
  memos: { id: string; written: boolean; updatedAt: Date }[],
  now = new Date(),
): Promise<Map<string, MemoStatusView>> {
  const unwritten = memos.filter((m) => !m.written).map((m) => m.id);
  const runs = unwritten.length
    ? await db.jobRun.findMany({
        where: { orgId, entityType: "InvestmentMemo", entityId: { in: unwritten } },
        orderBy: { createdAt: "desc" },
        select: { entityId: true, status: true, lastError: true, createdAt: true },
      })
    : [];
  const statuses = new Map<string, MemoStatusView>();
  for (const memo of memos) {
    if (memo.written) {
      statuses.set(memo.id, { status: "COMPLETED", error: null });
      continue;
    }
    const run = runs.find((r) => r.entityId === memo.id && r.createdAt >= new Date(memo.updatedAt.getTime() - 1_000));
    const lost = now.getTime() - memo.updatedAt.getTime() > LOST_AFTER_MS;
    if (!run) statuses.set(memo.id, lost ? { status: "FAILED", error: LOST } : { status: "PENDING", error: null });
    else if (run.status === "QUEUED") statuses.set(memo.id, { status: "PENDING", error: null });
    else if (run.status === "RUNNING") statuses.set(memo.id, { status: "PROCESSING", error: null });
    else statuses.set(memo.id, { status: "FAILED", error: run.lastError ?? LOST });
  }
  return statuses;
}

/** The live-status source: the memos of the tenant's org among these ids (others are absent). */
export async function readMemoLiveStatuses(tenant: Pick<TenantContext, "org">, memoIds: string[]): Promise<LiveStatusSnapshot> {
  const memos = await db.investmentMemo.findMany({ where: { id: { in: memoIds }, orgId: tenant.org.id }, select: { id: true, content: true, updatedAt: true } });
  const statuses = await readMemoStatuses(
    tenant.org.id,
    memos.map((m) => ({ id: m.id, written: m.content !== "", updatedAt: m.updatedAt })),
  );
  return Object.fromEntries(
    [...statuses].map(([id, view]) => [id, { status: view.status, active: view.status === "PENDING" || view.status === "PROCESSING", progress: null }]),
  );
}
