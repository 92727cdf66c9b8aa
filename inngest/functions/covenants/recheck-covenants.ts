import { systemActor } from "@/lib/auth/actor";
import { checkCovenants } from "@/lib/covenants/check-covenants";
import { unsafeListCovenantOrgs } from "@/lib/covenants/unsafe-list-covenant-orgs";
import { defineJob } from "@/lib/jobs/define-job";

const JOB = "recheck-covenants";

/**
 * New facts re-check the covenants that read them, without waiting for the night: a flow changes a
 * holding's ledger metrics; a developer's actual changes every investor's covenants on that KPI.
 */
export const recheckCovenantsOnFlowJob = defineJob({
  id: `${JOB}-on-flow`,
  on: ["cash_flow.recorded"],
  debounce: { key: "event.data.holdingId", period: "10s" },
  async handler({ event, step }) {
    const { orgId, holdingId } = event.data;
    return step.run("check", () => checkCovenants(systemActor(orgId, JOB), { holdingIds: [holdingId] }));
  },
});

export const recheckCovenantsOnKpiJob = defineJob({
  id: `${JOB}-on-kpi`,
  on: ["kpi.actual_reported"],
  async handler({ event, step }) {
    const { projectId, metricName } = event.data;
    const orgs = await step.run("list-orgs", () => unsafeListCovenantOrgs({ projectId, metricName }));
    for (const org of orgs) await step.run(`check-${org.orgId}`, () => checkCovenants(systemActor(org.orgId, JOB), { holdingIds: org.holdingIds }));
    return { orgs: orgs.length };
  },
});
