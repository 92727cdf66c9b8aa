import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { markDelayedMilestones } from "@/lib/projects/mark-delayed-milestones";

/**
 * Keeps `project_milestones.status = DELAYED` true for milestones past their target date and not
 * completed: daily, and whenever a milestone changes. Idempotent: a rerun changes nothing.
 */
export const refreshMilestoneDelays = defineJob({
  id: "refresh-milestone-delays",
  event: "projects/milestones.changed",
  cron: "TZ=UTC 15 0 * * *",
  schema: z.object({ orgId: z.uuid().optional(), projectId: z.uuid().optional() }),
  async handler({ event, step }) {
    return step.run("mark-delayed-milestones", () =>
      markDelayedMilestones({ orgId: event.data.orgId, projectId: event.data.projectId }),
    );
  },
});
