import { z } from "zod";
import { defineEvent, orgScoped } from "./define-event";

/** Project KPIs between investors and developers. */
export const projectKpiEvents = {
  "kpi.actuals_requested": defineEvent({
    description: "An investor asked a project's developer for a KPI's actual for a period (orgId is the investor org).",
    public: true,
    payload: z.object({ ...orgScoped, requestId: z.uuid(), projectId: z.uuid(), allyOrgId: z.uuid(), metricName: z.string(), period: z.string() }),
  }),
  "kpi.actual_reported": defineEvent({
    description: "A developer reported (or corrected) a KPI's actual for a period (orgId is the developer org).",
    public: true,
    payload: z.object({ ...orgScoped, projectId: z.uuid(), metricName: z.string(), period: z.string() }),
  }),
};
