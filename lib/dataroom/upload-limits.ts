import type { SubscriptionTier } from "@/lib/db/generated/client";

const MB = 1024 * 1024;

/** The largest file each subscription tier may upload. */
export const UPLOAD_LIMIT_BYTES: Record<SubscriptionTier, number> = {
  foundation: 25 * MB,
  professional: 250 * MB,
  enterprise: 2048 * MB,
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
