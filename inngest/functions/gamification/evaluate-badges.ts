import { z } from "zod";
import { awardBadges } from "@/lib/gamification/award-badges";
import { BADGES_EVALUATE } from "@/lib/gamification/badge-events";
import { defineJob } from "@/lib/jobs/define-job";

/** Awards the badges an org's members have earned, after a relevant event. Idempotent: a rerun awards nothing twice. */
export const evaluateBadges = defineJob({
  id: "evaluate-badges",
  event: BADGES_EVALUATE,
  schema: z.object({ orgId: z.uuid(), userId: z.uuid().optional(), projectId: z.uuid().optional() }),
  async handler({ event, step }) {
    const { orgId, userId, projectId } = event.data;
    return step.run("award-badges", () => awardBadges({ orgId, userId, projectId }));
  },
});
