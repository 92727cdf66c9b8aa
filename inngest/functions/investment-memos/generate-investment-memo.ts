import { failInvestmentMemo } from "@/lib/investment-memos/fail-memo";
import { GENERATE_MEMO_JOB, generateInvestmentMemo } from "@/lib/investment-memos/generate-memo";
import { defineJob } from "@/lib/jobs/define-job";

/** Writes one requested investment memo from its deal screen (one model call, or the offline writer). */
export const generateInvestmentMemoJob = defineJob({
  id: GENERATE_MEMO_JOB,
  on: "memo.generation_requested",
  entity: (data) => ({ type: "InvestmentMemo", id: data.memoId }),
  async handler({ event, step }) {
    return step.run("write-memo", () => generateInvestmentMemo({ orgId: event.data.orgId, memoId: event.data.memoId, screen: event.data.screen }));
  },
  onFailure: ({ data, error }) => failInvestmentMemo(data.orgId, data.memoId, error),
});
