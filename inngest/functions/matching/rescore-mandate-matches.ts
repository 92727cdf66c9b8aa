import { defineJob } from "@/lib/jobs/define-job";
import { rescoreMandate } from "@/lib/matching/engine/rescore-mandate";

/** A mandate created, edited, paused, resumed or deleted: its pairs with every published project, rescored (or its suggestions removed). */
export const rescoreMandateMatches = defineJob({
  id: "rescore-mandate-matches",
  on: "mandate.changed",
  concurrencyPerOrg: 1,
  entity: (data) => ({ type: "InvestorMandate", id: data.mandateId }),
  async handler({ event, step }) {
    return step.run("rescore-mandate", () => rescoreMandate(event.data.mandateId));
  },
});
