import { defineCronJob } from "@/lib/jobs/define-job";
import { unsafeRunRetention } from "@/lib/retention/run-retention";

/**
 * Nightly: the dictionary's retention (logs archived to object storage after 365 or 90 days, then
 * removed; delivered webhook attempts removed after 30). Bounded per run; what is left waits for
 * the next night. One attempt: a failed run is simply the next night's work. With
 * RETENTION=dry-run the run only reports what it would do.
 */
export const applyRetentionJob = defineCronJob({
  id: "apply-retention",
  cron: "15 3 * * *",
  attempts: 1,
  async handler({ step }) {
    // RETENTION=dry-run (dev and e2e, whose demo history is older than a year) only counts.
    const dryRun = process.env.RETENTION === "dry-run";
    const outcomes = await step.run("apply", () => unsafeRunRetention({ dryRun }));
    return { dryRun, policies: outcomes.map(({ policy, due, archived, removed }) => ({ policy, due, archived, removed })) };
  },
});
