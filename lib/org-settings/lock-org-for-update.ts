import type { Tx } from "@/lib/db/create-db-client";
import { notFound } from "@/lib/errors/app-error";

/**
 * The org row, locked until the transaction ends. Settings are one JSON document rewritten whole,
 * so two concurrent edits (colours and a logo, say) must not both read the old document.
 */
export async function lockOrgForUpdate(tx: Tx, orgId: string) {
  await tx.$queryRaw`SELECT id FROM organizations WHERE id = ${orgId}::uuid FOR UPDATE`;
  const org = await tx.organization.findUnique({ where: { id: orgId } });
  if (!org) throw notFound("Organisation");
  return org;
}
