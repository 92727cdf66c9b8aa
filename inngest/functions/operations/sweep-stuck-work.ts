import { defineCronJob } from "@/lib/jobs/define-job";
import { sweepStuckWork } from "@/lib/jobs/sweep-stuck-work";

/** Every ten minutes: fails documents, redactions and scores left unfinished with no job working on them. */
export const sweepStuckWorkJob = defineCronJob({
  id: "sweep-stuck-work",
  cron: "*/10 * * * *",
  async handler({ step }) {
    return step.run("fail-stuck-work", () => sweepStuckWork());
  },
});
