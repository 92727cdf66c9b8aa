import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-db-client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/** A mandate of the tenant's org; another org's id (or no such id) is the same 404. Pass the transaction to read inside a write. */
export async function getMandateOrThrow(tenant: { org: Pick<TenantContext["org"], "id"> }, mandateId: string, client: Tx | typeof db = db) {
  const mandate = looksLikeUuid(mandateId) ? await client.investorMandate.findFirst({ where: { id: mandateId, orgId: tenant.org.id } }) : null;
  if (!mandate) throw notFound("Mandate");
  return mandate;
}
