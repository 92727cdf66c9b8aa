import { failDealScreen } from "@/lib/deal-screening/fail-deal-screen";
import { reopenDealScreen } from "@/lib/deal-screening/reopen-deal-screen";
import { runDealScreen } from "@/lib/deal-screening/run-deal-screen";
import { defineJob } from "@/lib/jobs/define-job";

/** Computes one requested deal screen version, in the heavy lane (it reads the listing's public documents). */
export const screenDeal = defineJob({
  id: "screen-deal",
  on: "deal.screen_requested",
  limits: { memoryMb: 1024, timeoutMs: 10 * 60_000 },
  entity: (data) => ({ type: "DealScreenVersion", id: data.versionId }),
  async handler({ event, step }) {
    return step.run("screen-deal", () => runDealScreen({ orgId: event.data.orgId, versionId: event.data.versionId }));
  },
  onFailure: ({ data, error }) => failDealScreen(data.orgId, data.versionId, error),
  onRetry: (data) => reopenDealScreen(data.orgId, data.versionId),
});
