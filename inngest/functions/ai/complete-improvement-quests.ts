import { completeMetQuests } from "@/lib/gamification/complete-met-quests";
import { defineJob } from "@/lib/jobs/define-job";

/** Quests complete themselves when their condition becomes true: re-checked when a project's evidence changes. */
export const completeImprovementQuests = defineJob({
  id: "complete-improvement-quests",
  on: ["milestone.changed", "budget.changed", "project.updated"],
  debounce: { key: "event.data.projectId", period: "10s" },
  entity: (data) => ({ type: "Project", id: data.projectId }),
  async handler({ event, step }) {
    const { orgId, projectId } = event.data;
    return { completed: await step.run("complete-met-quests", () => completeMetQuests(orgId, projectId)) };
  },
});
