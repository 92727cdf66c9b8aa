import "server-only";
import { listMarketplaceSummary, type MarketplaceSummary } from "./list-marketplace-summary";
import { listRecentActivity } from "./list-recent-activity";
import type { ActivityEntry } from "./types";

export type InvestorDashboard = { marketplace: MarketplaceSummary; recentActivity: ActivityEntry[] };

/** Public marketplace aggregates plus the investor org's own activity. */
export async function getInvestorDashboard(orgId: string): Promise<InvestorDashboard> {
  const [marketplace, recentActivity] = await Promise.all([listMarketplaceSummary(), listRecentActivity(orgId)]);
  return { marketplace, recentActivity };
}
