import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { readMemoStatuses } from "./memo-status";

/**
 * Deletes a memo with its citations and lineage (they belong to it alone); the screen it was
 * written from and the audit history stay. A memo its job is still writing is refused: the job
 * would have nowhere to put its text.
 */
export async function deleteInvestmentMemo(actor: Actor, input: { memoId: string }): Promise<{ projectId: string }> {
  const memo = await db.investmentMemo.findFirst({
    where: { id: input.memoId, orgId: actor.org.id },
    select: { id: true, title: true, projectId: true, content: true, updatedAt: true },
  });
  if (!memo) throw notFound("Memo");
  const status = (await readMemoStatuses(actor.org.id, [{ id: memo.id, written: memo.content !== "", updatedAt: memo.updatedAt }])).get(memo.id)?.status;
  if (status === "PENDING" || status === "PROCESSING")
    throw new AppError("INVALID_TRANSITION", "This memo is still being written: wait until it is ready or has failed, then delete it.");
  return auditedWrite(actor, async (tx) => {
    const { count } = await tx.investmentMemo.deleteMany({ where: { id: memo.id, orgId: actor.org.id } });
    if (count === 0) throw notFound("Memo");
    await tx.citation.deleteMany({ where: { orgId: actor.org.id, aiOutputType: "InvestmentMemo", aiOutputId: memo.id } });
    await tx.lineageRecord.deleteMany({ where: { orgId: actor.org.id, entityType: "InvestmentMemo", entityId: memo.id } });
    await emit(tx, "memo.deleted", { orgId: actor.org.id, projectId: memo.projectId, memoId: memo.id });
    return {
      result: { projectId: memo.projectId },
      audit: { action: "memo.deleted", entityType: "InvestmentMemo", entityId: memo.id, changes: { before: { projectId: memo.projectId, title: memo.title } } },
    };
  });
}
