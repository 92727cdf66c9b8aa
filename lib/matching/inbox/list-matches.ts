import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { MATCH_STATUSES, type MatchStatusName } from "@/lib/matching/match-statuses";
import { countUnreadByMatch } from "./count-unread-matches";
import { matchScope } from "./match-scope";
import type { MatchInitiatorName, MatchSide } from "./match-transitions";

export const MATCHES_PAGE_SIZE = 25;

export type MatchRowDto = {
  id: string;
  status: MatchStatusName;
  initiatedBy: MatchInitiatorName;
  overallScore: number;
  projectName: string;
  counterpartName: string;
  mandateName: string | null;
  unread: number;
  updatedAt: string;
};

export type MatchInbox = {
  side: MatchSide;
  status: MatchStatusName | null;
  rows: MatchRowDto[];
  /** Matches per status (every status present, 0 when none), and all of them. */
  counts: Record<MatchStatusName, number>;
  total: number;
  page: number;
  pageCount: number;
  /** How many matches the current tab holds. */
  inTab: number;
};

/**
 * One page of the org's inbox (investor or ally, from the org's type), optionally one status, by
 * latest activity: a status move or a message (updated_at), newest first. The tab counts come from
 * one grouped query; a page past the end is the last. Unread counts are a person's: 0 for a principal without a user (an API key).
 */
export async function listMatches(
  tenant: { org: Pick<TenantContext["org"], "id" | "type">; user: Pick<TenantContext["user"], "id"> | null },
  query: { status?: MatchStatusName | null; page?: number } = {},
): Promise<MatchInbox> {
  const scope = matchScope(tenant);
  const status = query.status ?? null;
  const grouped = await db.matchResult.groupBy({ by: ["status"], where: scope.where, _count: { _all: true } });
  const counts = Object.fromEntries(MATCH_STATUSES.map((s) => [s, grouped.find((g) => g.status === s)?._count._all ?? 0])) as Record<MatchStatusName, number>;
  const total = MATCH_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const inTab = status ? counts[status] : total;
  const pageCount = Math.max(1, Math.ceil(inTab / MATCHES_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1) || 1), pageCount);

  const matches = await db.matchResult.findMany({
    where: { ...scope.where, ...(status ? { status } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * MATCHES_PAGE_SIZE,
    take: MATCHES_PAGE_SIZE,
    select: {
      id: true,
      status: true,
      initiatedBy: true,
      overallScore: true,
      updatedAt: true,
      project: { select: { name: true } },
      investorOrg: { select: { name: true } },
      allyOrg: { select: { name: true } },
      mandate: { select: { name: true } },
    },
  });
  const reader = tenant.user ? { org: tenant.org, user: tenant.user } : null;
  const unread = reader
    ? await countUnreadByMatch(
        reader,
        matches.map((m) => m.id),
      )
    : new Map<string, number>();
  const rows = matches.map((m) => ({
    id: m.id,
    status: m.status,
    initiatedBy: m.initiatedBy,
    overallScore: m.overallScore,
    projectName: m.project.name,
    counterpartName: scope.side === "investor" ? m.allyOrg.name : m.investorOrg.name,
    mandateName: m.mandate?.name ?? null,
    unread: unread.get(m.id) ?? 0,
    updatedAt: m.updatedAt.toISOString(),
  }));
  return { side: scope.side, status, rows, counts, total, page, pageCount, inTab };
}
