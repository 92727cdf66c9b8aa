import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { GENERATE_MEMO_JOB } from "./generate-memo";

/**
 * The memo job gave up: the memo stays unwritten (its job run holds the reason, which the page
 * shows) and the audit log says why. A memo already written is left alone. Returns whether
 * anything was recorded.
 */
export async function failInvestmentMemo(orgId: string, memoId: string, reason: string): Promise<boolean> {
  return auditedWrite(systemActor(orgId, GENERATE_MEMO_JOB), async (tx) => {
    const memo = await tx.investmentMemo.findFirst({ where: { id: memoId, orgId, content: "" }, select: { projectId: true, title: true } });
    if (!memo) return { result: false, audit: [] };
    return {
      result: true,
      audit: {
        action: "memo.failed",
        entityType: "InvestmentMemo",
        entityId: memoId,
        changes: { before: null, after: { projectId: memo.projectId, title: memo.title, error: reason } },
      },
    };
  });
}
