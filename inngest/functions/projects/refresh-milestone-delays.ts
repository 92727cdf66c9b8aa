import { defineCronJob, defineJob } from "@/lib/jobs/define-job";
import { markDelayedMilestones } from "@/lib/projects/mark-delayed-milestones";

/**
 * Keeps `project_milestones.status = DELAYED` true for milestones past their target date and not
 * completed, whenever a project's milestones change. Idempotent: a rerun changes nothing.
 */
export const refreshMilestoneDelays = defineJob({
  id: "refresh-milestone-delays",
  on: "milestone.changed",
  entity: (data) => ({ type: "Project", id: data.projectId }),
  async handler({ event, step }) {
    return step.run("mark-delayed-milestones", () => markDelayedMilestones({ orgId: event.data.orgId, projectId: event.data.projectId }));
  },
});

/** The same rule for every org, daily: a date passing is not an event. */
export const sweepMilestoneDelays = defineCronJob({
  id: "sweep-milestone-delays",
  cron: "15 0 * * *",
  async handler({ step }) {
    return step.run("mark-delayed-milestones", () => markDelayedMilestones({}));
  },
});
