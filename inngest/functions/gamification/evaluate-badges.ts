import { awardBadges } from "@/lib/gamification/award-badges";
import { defineJob } from "@/lib/jobs/define-job";

/** Awards the badges an org's members have earned once a score is in. Idempotent: a rerun awards nothing twice. */
export const evaluateBadges = defineJob({
  id: "evaluate-badges",
  on: "signal_score.completed",
  entity: (data) => ({ type: "Project", id: data.projectId }),
  async handler({ event, step }) {
    const { orgId, projectId } = event.data;
    return step.run("award-badges", () => awardBadges({ orgId, projectId }));
  },
});
