import type { AuditEntry } from "@/lib/audit/record-audit";
import type { Actor, SystemActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/create-db-client";
import type { Covenant, CovenantStatus, Prisma } from "@/lib/db/generated/client";
import { emit } from "@/lib/events/emit";
import type { CovenantOperator } from "./covenant-metrics";
import { evaluateCovenant } from "./evaluate-covenant";
import type { CovenantReading } from "./read-covenant-values";

export type CheckedCovenant = Covenant & { holding: { id: string; portfolioId: string; project: { name: string } } };
export type CovenantTransition = { covenant: CheckedCovenant; checkId: string; from: CovenantStatus; to: CovenantStatus; value: string; source: string | null };

/**
 * One check of one covenant inside the caller's transaction: the history row, the covenant's new
 * value and status (`breach_date` only on its first breach), and for a change of status its audit
 * entry and, into WARNING or BREACH, its event. A reading with no value keeps the status.
 */
export async function recordCovenantCheck(tx: Tx, principal: Actor | SystemActor, covenant: CheckedCovenant, reading: CovenantReading, now: Date) {
  const operator = covenant.operator as CovenantOperator;
  const status: CovenantStatus = reading.value === null ? covenant.status : evaluateCovenant({ ...covenant, operator }, reading.value);
  const check = await tx.covenantCheck.create({
    data: {
      orgId: covenant.orgId,
      covenantId: covenant.id,
      checkedAt: now,
      value: reading.value,
      status,
      previousStatus: covenant.status,
      source: reading.source,
      detail: reading.detail,
      checkedBy: principal.user?.id ?? null,
    },
  });
  const data: Prisma.CovenantUpdateInput = { status, lastCheckedAt: now };
  if (reading.value !== null) data.currentValue = reading.value;
  if (status === "BREACH" && !covenant.breachDate) data.breachDate = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  await tx.covenant.update({ where: { id: covenant.id }, data });
  if (status === covenant.status || reading.value === null) return { status, transition: null, audit: null };

  const value = reading.value.toFixed(4);
  const transition: CovenantTransition = { covenant, checkId: check.id, from: covenant.status, to: status, value, source: reading.source };
  const audit: AuditEntry = {
    action: status === "OK" ? "covenant.cleared" : status === "WARNING" ? "covenant.warning" : "covenant.breached",
    entityType: "Covenant",
    entityId: covenant.id,
    changes: {
      before: { status: covenant.status },
      after: { status, covenant: covenant.name, project: covenant.holding.project.name, value, source: reading.source },
    },
  };
  if (status !== "OK") {
    const threshold = status === "BREACH" ? covenant.thresholdBreach : (covenant.thresholdWarning ?? covenant.thresholdBreach);
    await emit(tx, status === "BREACH" ? "covenant.breached" : "covenant.warning", {
      orgId: covenant.orgId,
      covenantId: covenant.id,
      holdingId: covenant.holding.id,
      portfolioId: covenant.holding.portfolioId,
      metricName: covenant.metricName,
      operator,
      threshold: threshold.toFixed(4),
      value,
      checkedAt: now.toISOString(),
    });
  }
  return { status, transition, audit };
}
