import { startOfUtcMonth, TIER_DEFAULT_BUDGET_USD } from "@/lib/ai/budget";
import type { OrgType } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { Prisma, type SubscriptionStatus, type SubscriptionTier } from "@/lib/db/generated/client";
import type { OrgListQuery, OrgSortKey } from "./schemas";
import { readSubscriptionSettings } from "./subscription-settings";

export type OrgListRow = {
  id: string;
  name: string;
  slug: string;
  type: OrgType;
  tier: SubscriptionTier;
  status: SubscriptionStatus;
  trialEndsAt: string | null;
  /** Members who can sign in (deactivated ones are not counted). */
  activeUsers: number;
  /** USD this calendar month (UTC), 2 places, against the org's budget or its plan's default. */
  aiSpendUsd: string;
  aiBudgetUsd: string;
  aiBudgetIsCustom: boolean;
  /** Bytes of every stored file version, deleted ones included: their objects stay in the bucket. */
  storageBytes: number;
  /** The org's latest audit entry (ISO), or null when nothing was ever recorded. */
  lastActivityAt: string | null;
};

export type OrgListPage = { rows: OrgListRow[]; total: number; page: number; pageSize: number; pageCount: number };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filterSql(query: OrgListQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (query.type) conditions.push(Prisma.sql`o.type = ${query.type}::org_type`);
  if (query.tier) conditions.push(Prisma.sql`o.subscription_tier = ${query.tier}::subscription_tier`);
  if (query.status) conditions.push(Prisma.sql`o.subscription_status = ${query.status}::subscription_status`);
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(Prisma.sql`(o.name ILIKE ${pattern} OR o.slug ILIKE ${pattern})`);
  }
  return Prisma.join(conditions, " AND ");
}

/**
 * What a sort by an aggregate needs: one GROUP BY over the table, joined to the orgs, so the page
 * is cut after sorting. Sorting by an org column joins nothing.
 */
function sortSql(sort: OrgSortKey, monthStart: Date): { join: Prisma.Sql; key: Prisma.Sql } {
  switch (sort) {
    case "users":
      return {
        join: Prisma.sql`LEFT JOIN (SELECT org_id, count(*) AS v FROM users WHERE is_active GROUP BY org_id) a ON a.org_id = o.id`,
        key: Prisma.sql`coalesce(a.v, 0)`,
      };
    case "aiSpend":
      return {
        join: Prisma.sql`LEFT JOIN (SELECT org_id, sum(cost_usd) AS v FROM ai_task_logs WHERE created_at >= ${monthStart} GROUP BY org_id) a ON a.org_id = o.id`,
        key: Prisma.sql`coalesce(a.v, 0)`,
      };
    case "storage":
      return {
        join: Prisma.sql`LEFT JOIN (SELECT org_id, sum(file_size_bytes) AS v FROM documents GROUP BY org_id) a ON a.org_id = o.id`,
        key: Prisma.sql`coalesce(a.v, 0)`,
      };
    case "lastActivity":
      return { join: Prisma.sql`LEFT JOIN (SELECT org_id, max("timestamp") AS v FROM audit_logs GROUP BY org_id) a ON a.org_id = o.id`, key: Prisma.sql`a.v` };
    case "type":
      return { join: Prisma.empty, key: Prisma.sql`o.type::text` };
    case "tier":
      return { join: Prisma.empty, key: Prisma.sql`o.subscription_tier` };
    case "status":
      return { join: Prisma.empty, key: Prisma.sql`o.subscription_status::text` };
    default:
      return { join: Prisma.empty, key: Prisma.sql`lower(o.name)` };
  }
}

/**
 * Every organisation on the platform, one page of it, with what the operator watches: members,
 * this month's AI spend, storage and last activity. Unsafe by design: it reads across every
 * tenant, for the platform admin console only (its page requires an ADMIN org with
 * platform.manage). A page costs the same few queries whatever its size: the ordered ids, the
 * count, then one GROUP BY per figure over the page's ids (never one query per org).
 */
export async function unsafeListOrganisations(query: OrgListQuery, now = new Date()): Promise<OrgListPage> {
  const monthStart = startOfUtcMonth(now);
  const where = filterSql(query);
  const { join, key } = sortSql(query.sort, monthStart);
  const dir = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const [ordered, [{ total }]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT o.id FROM organizations o ${join}
      WHERE ${where}
      ORDER BY ${key} ${dir} NULLS LAST, lower(o.name) ASC, o.id ASC
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM organizations o WHERE ${where}`,
  ]);
  const ids = ordered.map((row) => row.id);
  const inPage = { orgId: { in: ids } };
  const [orgs, users, spend, storage, activity] = await Promise.all([
    db.organization.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, slug: true, type: true, subscriptionTier: true, subscriptionStatus: true, aiMonthlyBudget: true, settings: true },
    }),
    db.user.groupBy({ by: ["orgId"], where: { ...inPage, isActive: true }, _count: { _all: true } }),
    db.aiTaskLog.groupBy({ by: ["orgId"], where: { ...inPage, createdAt: { gte: monthStart } }, _sum: { costUsd: true } }),
    db.document.groupBy({ by: ["orgId"], where: inPage, _sum: { fileSizeBytes: true } }),
    db.auditLog.groupBy({ by: ["orgId"], where: inPage, _max: { timestamp: true } }),
  ]);
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const usersBy = new Map(users.map((u) => [u.orgId, u._count._all]));
  const spendBy = new Map(spend.map((s) => [s.orgId, s._sum.costUsd]));
  const storageBy = new Map(storage.map((s) => [s.orgId, s._sum.fileSizeBytes]));
  const activityBy = new Map(activity.map((a) => [a.orgId, a._max.timestamp]));
  const rows = ids.flatMap((id): OrgListRow[] => {
    const org = orgById.get(id);
    if (!org) return [];
    return [
      {
        id,
        name: org.name,
        slug: org.slug,
        type: org.type,
        tier: org.subscriptionTier,
        status: org.subscriptionStatus,
        trialEndsAt: readSubscriptionSettings(org.settings).trialEndsAt,
        activeUsers: usersBy.get(id) ?? 0,
        aiSpendUsd: (spendBy.get(id) ?? new Prisma.Decimal(0)).toFixed(2),
        aiBudgetUsd: (org.aiMonthlyBudget ?? new Prisma.Decimal(TIER_DEFAULT_BUDGET_USD[org.subscriptionTier])).toFixed(2),
        aiBudgetIsCustom: org.aiMonthlyBudget !== null,
        storageBytes: Number(storageBy.get(id) ?? 0),
        lastActivityAt: activityBy.get(id)?.toISOString() ?? null,
      },
    ];
  });
  return { rows, total, page: query.page, pageSize: query.pageSize, pageCount: Math.max(1, Math.ceil(total / query.pageSize)) };
}
