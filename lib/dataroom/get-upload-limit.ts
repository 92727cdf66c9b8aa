import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { uploadLimitFor, type UploadLimit } from "./upload-limits";

/** The largest file the org's subscription tier accepts (the upload route enforces the same). */
export async function getUploadLimit(tenant: { org: Pick<TenantContext["org"], "id"> }): Promise<UploadLimit> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: tenant.org.id }, select: { subscriptionTier: true } });
  return uploadLimitFor(org.subscriptionTier);
}
