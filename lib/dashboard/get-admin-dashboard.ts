import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { listRecentActivity } from "./list-recent-activity";
import type { ActivityEntry } from "./types";
import { unsafeGetPlatformSummary, type PlatformSummary } from "./unsafe-get-platform-summary";

export type AdminDashboard = { platform: PlatformSummary; recentActivity: ActivityEntry[] };

export async function getAdminDashboard(tenant: TenantContext): Promise<AdminDashboard> {
  const [platform, recentActivity] = await Promise.all([unsafeGetPlatformSummary(tenant), listRecentActivity(tenant)]);
  return { platform, recentActivity };
}
