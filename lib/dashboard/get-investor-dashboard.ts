import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { listMarketplaceSummary, type MarketplaceSummary } from "./list-marketplace-summary";
import { listRecentActivity } from "./list-recent-activity";
import type { ActivityEntry } from "./types";

export type InvestorDashboard = { marketplace: MarketplaceSummary; recentActivity: ActivityEntry[] };

/** Public marketplace aggregates plus the investor org's own activity. */
export async function getInvestorDashboard(tenant: Pick<TenantContext, "org" | "role">): Promise<InvestorDashboard> {
  const [marketplace, recentActivity] = await Promise.all([listMarketplaceSummary(), listRecentActivity(tenant)]);
  return { marketplace, recentActivity };
}
