import { defineJob } from "@/lib/jobs/define-job";
import { rescoreProject } from "@/lib/signal-score/rescore-project";

/**
 * Turns a burst of writes to a project's evidence into one Signal Score request: debounced per
 * project, it runs 2 minutes after the last change. The request joins a run already
 * PENDING/PROCESSING (lib/signal-score/request-signal-score.ts). AUTO_RESCORE=off turns it off
 * (tests that count versions).
 */
export const rescoreSignal = defineJob({
  id: "rescore-signal",
  on: ["project.updated", "milestone.changed", "budget.changed", "document.processed"],
  debounce: { key: "event.data.projectId", period: "2m" },
  entity: (data) => (data.projectId ? { type: "Project", id: data.projectId } : null),
  async handler({ event, step }) {
    const { orgId, projectId } = event.data;
    if (!projectId || process.env.AUTO_RESCORE === "off") return { skipped: "not-applicable" };
    if ("status" in event.data && event.data.status !== "READY") return { skipped: "document-not-ready" };
    return step.run("request-signal-score", () => rescoreProject(orgId, projectId));
  },
});
