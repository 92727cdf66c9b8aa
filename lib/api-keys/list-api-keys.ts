import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { toApiKeyDto } from "./to-api-key-dto";

/** The org's keys, newest first, revoked ones included so the list explains what stopped working. */
export async function listApiKeys(tenant: Pick<TenantContext, "org">) {
  const rows = await db.apiKey.findMany({ where: { orgId: tenant.org.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const now = new Date();
  return rows.map((row) => toApiKeyDto(row, now));
}
