import { TIERS } from "@/lib/access/tiers";
import type { SubscriptionTier } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { formatBytes } from "./upload-limits";

/**
 * The plan's storage quota, checked from the declared size before a byte is read: what the org's
 * live documents (every version, deleted ones excluded) already hold plus this file.
 */
export async function assertStorageQuota(actor: { org: { id: string; tier: SubscriptionTier } }, incomingBytes: number): Promise<void> {
  const quota = TIERS[actor.org.tier].storageQuotaBytes;
  const { _sum } = await db.document.aggregate({ where: { orgId: actor.org.id, isDeleted: false }, _sum: { fileSizeBytes: true } });
  const used = Number(_sum.fileSizeBytes ?? 0);
  if (used + incomingBytes <= quota) return;
  throw new AppError(
    "VALIDATION",
    `Your organisation's data rooms hold ${formatBytes(used)} of the ${formatBytes(quota)} its ${TIERS[actor.org.tier].label} plan includes; this ${formatBytes(incomingBytes)} file would pass it. Delete files you no longer need, or ask about a larger plan. Nothing was stored.`,
  );
}
