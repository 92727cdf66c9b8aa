import type { CovenantStatus } from "../../lib/db/generated/client";
import { evaluateCovenant } from "../../lib/covenants/evaluate-covenant";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";
import { DEMO_KPIS } from "./seed-project-kpis";

/**
 * Each covenant's history as the checks wrote it: one check when Helios reported each period after
 * the covenant was set (the job re-checks on every report), then yesterday's nightly check. Every
 * status is evaluated from the actual, as the job does, so the history agrees with the covenant.
 */
export async function seedCovenantChecks(db: FactoryDb, ctx: DemoContext) {
  const covenants = await db.covenant.findMany({ where: { orgId: ctx.orgs.northwind }, include: { holding: { select: { projectId: true } } } });
  const rows = [];
  for (const covenant of covenants) {
    const kpi = DEMO_KPIS.find((k) => k.metric === covenant.metricName && ctx.projects[k.holding].id === covenant.holding.projectId);
    if (!kpi) continue;
    let previous: CovenantStatus = "OK";
    const readings = kpi.actuals.map(([period, value, reported]) => ({ period, value, at: new Date(`${reported}T11:05:00Z`) })).filter((r) => r.at >= covenant.createdAt);
    const last = readings.at(-1);
    if (last) readings.push({ ...last, at: daysAgo(1, 5) });
    for (const [index, reading] of readings.entries()) {
      const status = evaluateCovenant(
        { operator: covenant.operator as ">=" | "<=" | "=", thresholdBreach: covenant.thresholdBreach, thresholdWarning: covenant.thresholdWarning },
        reading.value,
      );
      rows.push({
        id: demoId(`northwind/covenant-check/${covenant.id}/${index}`),
        orgId: covenant.orgId,
        covenantId: covenant.id,
        checkedAt: reading.at,
        value: reading.value,
        status,
        previousStatus: previous,
        source: `reported for ${reading.period}`,
        detail: null,
        createdAt: reading.at,
      });
      previous = status;
    }
  }
  await db.covenantCheck.createMany({ skipDuplicates: true, data: rows });
}
