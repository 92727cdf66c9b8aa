import { FEATURE_FLAG_DESCRIPTIONS } from "@/lib/access/feature-flag-descriptions";
import { FEATURE_FLAGS, FEATURE_FLAG_KEYS, type FeatureFlagKey } from "@/lib/access/feature-flags";
import { resolveFeatureFlags } from "@/lib/access/resolve-feature-flags";
import { TIERS, tierAtLeast } from "@/lib/access/tiers";
import { getMonthToDateSpend, TIER_DEFAULT_BUDGET_USD } from "@/lib/ai/budget";
import type { OrgType } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { SubscriptionStatus, SubscriptionTier } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import { parseUuid } from "@/lib/utils/parse-uuid";
import type { FlagSetting } from "./schemas";
import { readSubscriptionSettings, type Suspension } from "./subscription-settings";

export type OrgFlagRow = {
  key: FeatureFlagKey;
  label: string;
  description: string;
  default: boolean;
  minTier: SubscriptionTier;
  minTierLabel: string;
  /** The org's own row, or "default" when it has none. */
  setting: FlagSetting;
  /** What the org's members get: the row or the default, and off below the minimum plan. */
  effective: boolean;
  /** Why a switched-on key is still off: the plan is below the key's minimum. */
  blockedByTier: string | null;
};

export type OrgDetail = {
  id: string;
  name: string;
  slug: string;
  type: OrgType;
  tier: SubscriptionTier;
  status: SubscriptionStatus;
  trialEndsAt: string | null;
  suspension: Suspension | null;
  createdAt: string;
  activeUsers: number;
  totalUsers: number;
  aiSpendUsd: string;
  aiBudgetUsd: string;
  /** The org's own budget (2 places), or null when the plan's default applies. */
  aiBudgetCustomUsd: string | null;
  tierDefaultBudgetUsd: string;
  storageBytes: number;
  storageQuotaBytes: number;
  lastActivityAt: string | null;
  flags: OrgFlagRow[];
};

/**
 * One organisation as the platform admin console shows it, with its feature flags against the
 * catalogue. Unsafe by design: any org by id, for the console only (ADMIN org, platform.manage).
 */
export async function unsafeGetOrganisation(orgId: string, now = new Date()): Promise<OrgDetail> {
  const id = parseUuid(orgId);
  if (!id) throw notFound("Organisation");
  const org = await db.organization.findUnique({ where: { id }, include: { featureFlags: { select: { featureKey: true, isEnabled: true } } } });
  if (!org) throw notFound("Organisation");
  const [activeUsers, totalUsers, spent, storage, activity] = await Promise.all([
    db.user.count({ where: { orgId: id, isActive: true } }),
    db.user.count({ where: { orgId: id } }),
    getMonthToDateSpend(id, now),
    db.document.aggregate({ where: { orgId: id }, _sum: { fileSizeBytes: true } }),
    db.auditLog.aggregate({ where: { orgId: id }, _max: { timestamp: true } }),
  ]);
  const stored = new Map(org.featureFlags.map((row) => [row.featureKey, row.isEnabled]));
  const effective = resolveFeatureFlags(org.subscriptionTier, org.featureFlags);
  const settings = readSubscriptionSettings(org.settings);
  const tierDefault = TIER_DEFAULT_BUDGET_USD[org.subscriptionTier];
  return {
    id,
    name: org.name,
    slug: org.slug,
    type: org.type,
    tier: org.subscriptionTier,
    status: org.subscriptionStatus,
    trialEndsAt: settings.trialEndsAt,
    suspension: settings.suspension,
    createdAt: org.createdAt.toISOString(),
    activeUsers,
    totalUsers,
    aiSpendUsd: spent.toFixed(2),
    aiBudgetUsd: org.aiMonthlyBudget?.toFixed(2) ?? Number(tierDefault).toFixed(2),
    aiBudgetCustomUsd: org.aiMonthlyBudget?.toFixed(2) ?? null,
    tierDefaultBudgetUsd: Number(tierDefault).toFixed(2),
    storageBytes: Number(storage._sum.fileSizeBytes ?? 0),
    storageQuotaBytes: TIERS[org.subscriptionTier].storageQuotaBytes,
    lastActivityAt: activity._max.timestamp?.toISOString() ?? null,
    flags: FEATURE_FLAG_KEYS.map((key) => {
      const flag = FEATURE_FLAGS[key];
      const row = stored.get(key);
      const planAllows = tierAtLeast(org.subscriptionTier, flag.minTier);
      const wanted = row ?? flag.default;
      return {
        key,
        label: flag.label,
        description: FEATURE_FLAG_DESCRIPTIONS[key],
        default: flag.default,
        minTier: flag.minTier,
        minTierLabel: TIERS[flag.minTier].label,
        setting: row === undefined ? "default" : row ? "on" : "off",
        effective: effective[key],
        blockedByTier:
          wanted && !planAllows ? `Part of the ${TIERS[flag.minTier].label} plan; ${org.name} is on ${TIERS[org.subscriptionTier].label}, so it stays off.` : null,
      };
    }),
  };
}
