import type { Tx } from "@/lib/db/create-db-client";

/** Which of these orgs have an active webhook: only their events queue a delivery run. */
export async function orgsWithWebhooks(tx: Tx, orgIds: string[]): Promise<Set<string>> {
  const rows = await tx.webhookSubscription.findMany({ where: { orgId: { in: orgIds }, isActive: true }, distinct: ["orgId"], select: { orgId: true } });
  return new Set(rows.map((row) => row.orgId));
}
