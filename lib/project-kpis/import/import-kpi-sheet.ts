import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { notifyKpiRequesters } from "../notify-kpi-requesters";
import { writeKpiActual } from "../write-kpi-actual";
import { planKpiSheet } from "./plan-kpi-sheet";

/**
 * Reports every actual of a checked sheet in one transaction, or none: the sheet is read and checked
 * again (it must be the one previewed: same number of rows, no errors). Investors who asked are told.
 */
export async function importKpiSheet(actor: Actor, input: { fileName: string; file: Uint8Array; expectedRows: number }) {
  const plan = await planKpiSheet(actor, input);
  if (plan.errors.length) throw new AppError("VALIDATION", `The sheet has ${plan.errors.length} problem(s); nothing was reported. Fix them and upload it again.`);
  if (plan.rows.length !== input.expectedRows) throw new AppError("CONFLICT", "The sheet changed since its preview: preview it again.");
  const written = await auditedWrite(actor, async (tx) => {
    const rows = [];
    for (const r of plan.rows)
      rows.push(
        (await writeKpiActual(tx, actor.org.id, actor.user.id, { projectId: r.projectId!, metricName: r.metricName, period: r.period, value: r.value!, note: r.note }))
          .row,
      );
    return {
      result: rows,
      audit: {
        action: "kpi_actuals.imported",
        entityType: "Organization",
        entityId: actor.org.id,
        changes: { after: { fileName: input.fileName, rows: rows.length, periods: [...new Set(plan.rows.map((r) => r.period))].sort() } },
      },
    };
  });
  const names = new Map(plan.rows.map((r) => [r.projectId!, r.projectName]));
  const units = await db.projectKpiTarget.findMany({ where: { projectId: { in: [...names.keys()] } }, select: { projectId: true, metricName: true, unit: true } });
  for (const actual of written) {
    const unit = units.find((u) => u.projectId === actual.projectId && u.metricName === actual.metricName)?.unit ?? "";
    await notifyKpiRequesters({ actual, projectName: names.get(actual.projectId)!, allyName: actor.org.name, unit });
  }
  return { reported: written.length };
}
