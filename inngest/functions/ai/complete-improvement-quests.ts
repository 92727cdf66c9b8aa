import { z } from "zod";
import { completeMetQuests } from "@/lib/gamification/complete-met-quests";
import { defineJob } from "@/lib/jobs/define-job";

/** Quests complete themselves when their condition becomes true: re-checked when a project's milestones change. */
export const completeImprovementQuests = defineJob({
  id: "complete-improvement-quests",
  event: "projects/milestones.changed",
  schema: z.object({ orgId: z.uuid().optional(), projectId: z.uuid().optional() }),
  async handler({ event, step }) {
    const { orgId, projectId } = event.data;
    if (!orgId || !projectId) return { completed: 0 };
    return { completed: await step.run("complete-met-quests", () => completeMetQuests(orgId, projectId)) };
  },
});
