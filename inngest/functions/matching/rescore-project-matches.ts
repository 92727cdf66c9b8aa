import { defineJob } from "@/lib/jobs/define-job";
import { rescoreProject } from "@/lib/matching/engine/rescore-project";

/**
 * A project's pairs with every active mandate, rescored from the project as it now is: published,
 * changed, unpublished (its untouched suggestions go) or re-scored by a completed Signal Score.
 * Reading the current state rather than trusting the event keeps out-of-order events harmless;
 * one run per org at a time keeps two runs of one project from crossing.
 */
export const rescoreProjectMatches = defineJob({
  id: "rescore-project-matches",
  on: ["project.published", "project.unpublished", "project.updated", "signal_score.completed"],
  concurrencyPerOrg: 1,
  entity: (data) => ({ type: "Project", id: data.projectId }),
  async handler({ event, step }) {
    if ("status" in event.data && event.data.status !== "COMPLETED") return { skipped: "signal-score-failed" };
    return step.run("rescore-project", () => rescoreProject(event.data.projectId));
  },
});
