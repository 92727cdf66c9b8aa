import { systemActor } from "@/lib/auth/actor";
import { checkCovenants } from "@/lib/covenants/check-covenants";
import { unsafeListCovenantOrgs } from "@/lib/covenants/unsafe-list-covenant-orgs";
import { defineCronJob } from "@/lib/jobs/define-job";

const JOB = "check-covenants-daily";

/** Every morning: each org's monitored covenants are checked under its own principal, one step per org so a retry resumes where it stopped. */
export const checkCovenantsDailyJob = defineCronJob({
  id: JOB,
  cron: "30 5 * * *",
  async handler({ step, progress }) {
    const orgs = await step.run("list-orgs", () => unsafeListCovenantOrgs());
    let transitions = 0;
    for (const [index, org] of orgs.entries()) {
      const summary = await step.run(`check-${org.orgId}`, () => checkCovenants(systemActor(org.orgId, JOB)));
      transitions += summary.transitions;
      await progress(index + 1, orgs.length);
    }
    return { orgs: orgs.length, transitions };
  },
});
