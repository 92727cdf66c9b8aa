import type { AuditActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-db-client";
import { recordAudit, type AuditEntry } from "./record-audit";

/**
 * Runs a write and its audit row in one transaction: the write does not happen without its
 * audit row, and vice versa. The work returns the audit entries it owes, so none is forgotten.
 */
export async function auditedWrite<T>(actor: AuditActor, work: (tx: Tx) => Promise<{ result: T; audit: AuditEntry | AuditEntry[] }>): Promise<T> {
  return db.$transaction(async (tx) => {
    const { result, audit } = await work(tx);
    for (const entry of Array.isArray(audit) ? audit : [audit]) await recordAudit(tx, actor, entry);
    return result;
  });
}

/** The fields that differ, as {before, after}, for the audit diff view. */
export function diffChanges<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    const a = JSON.stringify(before[key] ?? null);
    const b = JSON.stringify(after[key] ?? null);
    if (a !== b) {
      changedBefore[key] = before[key] ?? null;
      changedAfter[key] = after[key] ?? null;
    }
  }
  return { before: changedBefore, after: changedAfter };
}
