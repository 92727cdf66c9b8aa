import { auditedWrite } from "@/lib/audit/audited-write";
import type { AuditEntry } from "@/lib/audit/record-audit";
import type { Actor, SystemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { notifyCovenantTransitions } from "./notify-covenant-transitions";
import { readCovenantValues } from "./read-covenant-values";
import { type CovenantTransition, recordCovenantCheck } from "./record-covenant-check";

export type CovenantCheckSummary = { checked: number; ok: number; warning: number; breach: number; noData: number; transitions: number };
type Filter = { holdingIds?: readonly string[]; covenantIds?: readonly string[] };

/** Covenants per transaction: an org's nightly run stays well inside the transaction timeout. */
const BATCH = 100;

/**
 * Checks the org's covenants on active holdings (all, or those named), waived ones excepted, keeping
 * every check. Changes of status are audited and emitted with the checks; the holding's team is told
 * after they commit.
 */
export async function checkCovenants(principal: Actor | SystemActor, filter: Filter = {}, now = new Date()): Promise<CovenantCheckSummary> {
  const orgId = principal.org.id;
  const covenants = await db.covenant.findMany({
    where: {
      orgId,
      status: { not: "WAIVED" },
      holding: { orgId, status: "ACTIVE" },
      ...(filter.holdingIds ? { holdingId: { in: [...filter.holdingIds] } } : {}),
      ...(filter.covenantIds ? { id: { in: [...filter.covenantIds] } } : {}),
    },
    include: { holding: { select: { id: true, projectId: true, portfolioId: true, status: true, project: { select: { name: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  const summary: CovenantCheckSummary = { checked: covenants.length, ok: 0, warning: 0, breach: 0, noData: 0, transitions: 0 };
  const readings = await readCovenantValues(principal, covenants);
  const transitions: CovenantTransition[] = [];
  for (let start = 0; start < covenants.length; start += BATCH) {
    const batch = covenants.slice(start, start + BATCH);
    const moved = await auditedWrite(principal, async (tx) => {
      const done: CovenantTransition[] = [];
      const audit: AuditEntry[] = [];
      for (const covenant of batch) {
        const reading = readings.get(covenant.id)!;
        const outcome = await recordCovenantCheck(tx, principal, covenant, reading, now);
        if (reading.value === null) summary.noData += 1;
        else summary[outcome.status === "OK" ? "ok" : outcome.status === "WARNING" ? "warning" : "breach"] += 1;
        if (outcome.transition) done.push(outcome.transition);
        if (outcome.audit) audit.push(outcome.audit);
      }
      return { result: done, audit };
    });
    transitions.push(...moved);
  }
  summary.transitions = transitions.length;
  await notifyCovenantTransitions(orgId, transitions);
  return summary;
}
