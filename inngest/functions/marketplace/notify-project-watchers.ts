import { defineJob } from "@/lib/jobs/define-job";
import { notifyProjectWatchers } from "@/lib/marketplace/notify-project-watchers";

/** A public document ready, a new score, a milestone done or late on a listed project -> its watchers. */
export const notifyProjectWatchersJob = defineJob({
  id: "notify-project-watchers",
  on: ["document.processed", "signal_score.completed", "milestone.completed", "milestone.delayed"],
  async handler({ event, step }) {
    const data = event.data as Record<string, string>;
    const change =
      event.name === "document.processed"
        ? { kind: "document" as const, documentId: data.documentId }
        : event.name === "signal_score.completed"
          ? { kind: "score" as const, scoreId: data.scoreId }
          : { kind: event.name === "milestone.completed" ? ("milestone_completed" as const) : ("milestone_delayed" as const), milestoneId: data.milestoneId };
    if (!data.projectId) return [];
    return step.run("notify-watchers", () => notifyProjectWatchers(data.projectId, change));
  },
});
