import { type AuditEntry, recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-db-client";

/**
 * An audit row about another org, written by a platform admin. recordAudit files a row under the
 * actor's own org; a change to a customer's plan, status or features belongs in the CUSTOMER's log,
 * so its own admins see who changed it (user_id is the platform admin). Unsafe by design: the
 * target org comes from the admin's input, which only ADMIN orgs with platform.manage may send.
 */
export async function unsafeRecordPlatformAudit(tx: Tx, actor: Actor, targetOrgId: string, entry: AuditEntry): Promise<void> {
  await recordAudit(tx, { ...actor, org: { ...actor.org, id: targetOrgId } }, entry);
}

/** auditedWrite for platform changes: the write and its row in the target org's log commit together. */
export async function platformAuditedWrite<T>(actor: Actor, targetOrgId: string, work: (tx: Tx) => Promise<{ result: T; audit: AuditEntry | AuditEntry[] }>): Promise<T> {
  return db.$transaction(async (tx) => {
    const { result, audit } = await work(tx);
    for (const entry of Array.isArray(audit) ? audit : [audit]) await unsafeRecordPlatformAudit(tx, actor, targetOrgId, entry);
    return result;
  });
}
