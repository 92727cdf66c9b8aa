import { TIERS } from "@/lib/access/tiers";
import type { SubscriptionTier } from "@/lib/db/generated/client";

/** documents.file_size_bytes is a 32-bit INTEGER: no plan can accept a file it cannot record. */
export const MAX_STORABLE_BYTES = 2_147_483_647;

/**
 * The one rule: the largest file is set by the org's subscription tier, the same in every room
 * (project or portfolio) and for new versions. Orgs on different plans see different limits.
 */
export const UPLOAD_LIMIT_BYTES = Object.fromEntries(
  Object.entries(TIERS).map(([tier, limits]) => [tier, Math.min(limits.maxUploadBytes, MAX_STORABLE_BYTES)]),
) as Record<SubscriptionTier, number>;

/** What the client is told: plain strings and numbers only. */
export type UploadLimit = { tier: string; bytes: number };

export function uploadLimitFor(tier: SubscriptionTier): UploadLimit {
  return { tier, bytes: UPLOAD_LIMIT_BYTES[tier] };
}

/** "250 MB per file on the professional plan": how the limit reads everywhere it is shown. */
export function describeUploadLimit(limit: UploadLimit): string {
  return `${formatBytes(limit.bytes)} per file on the ${limit.tier} plan`;
}

/**
 * Binary units, at most one decimal and none when it is .0: "250 MB", "2 GB", "1.5 GB", "900 KB".
 * One format for sizes and limits alike, so "2 GB" never sits beside "2.0 GB".
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  const rounded = (v: number) => (v >= 10 ? Math.round(v) : Math.round(v * 10) / 10);
  while (rounded(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${rounded(value)} ${units[unit]}`;
}
