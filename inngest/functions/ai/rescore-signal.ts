import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { SIGNAL_SCORE_RESCORE_WANTED } from "@/lib/signal-score/events";
import { rescoreProject } from "@/lib/signal-score/rescore-project";

/**
 * Turns a burst of relevant writes into one Signal Score request: debounced per project, it runs
 * 2 minutes after the last change with that change's payload. The request joins a run already
 * PENDING/PROCESSING (lib/signal-score/request-signal-score.ts).
 */
export const rescoreSignal = defineJob({
  id: "rescore-signal",
  event: SIGNAL_SCORE_RESCORE_WANTED,
  debounce: { key: "event.data.projectId", period: "2m" },
  schema: z.object({ orgId: z.uuid(), projectId: z.uuid(), reason: z.string().optional() }),
  async handler({ event, step }) {
    return step.run("request-signal-score", () => rescoreProject(event.data.orgId, event.data.projectId));
  },
});
