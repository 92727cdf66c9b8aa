import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { parseBadgeCriteria } from "./evaluate-badge-criteria";

export type BadgeDto = {
  id: string;
  slug: string;
  name: string;
  description: string;
  icon: string;
  category: string;
  rarity: string;
  points: number;
  scope: "org" | "project";
};
export type AwardDto = { id: string; badge: BadgeDto; awardedAt: string; userName: string; projectId: string | null; projectName: string | null };
export type ProjectBadges = { id: string; name: string; earned: AwardDto[]; locked: BadgeDto[] };
/** A badge the user has not earned; colleagues in the org may have (who, and on which project). */
export type LockedBadgeDto = BadgeDto & { colleagueAwards: { userName: string; projectName: string | null }[] };
export type BadgesView = {
  catalogueSize: number;
  mine: { earned: AwardDto[]; locked: LockedBadgeDto[]; points: number; kinds: number };
  /** The projects where the most badges were earned (at most BADGE_PROJECTS_SHOWN). */
  projects: ProjectBadges[];
  /** Awards earned on any of the org's projects. */
  projectAwards: number;
  /** The org's projects with badges beyond those shown, and those with none yet. */
  moreProjectsWithBadges: number;
  projectsWithoutBadges: number;
};

export const BADGE_PROJECTS_SHOWN = 12;
/** The user's latest awards listed; the totals count them all. */
const MY_AWARDS_SHOWN = 60;
/** Colleagues named under a badge the user has not earned. */
const COLLEAGUES_SHOWN = 5;

const AWARD_SELECT = {
  id: true,
  badgeId: true,
  userId: true,
  projectId: true,
  createdAt: true,
  user: { select: { fullName: true } },
  project: { select: { name: true, orgId: true } },
} as const;

/**
 * The badge catalogue against the org's awards: the current user's badges (and the ones still to
 * earn, with a few colleagues who have them), and the projects where the most were earned. Awards
 * load through the org's users, so another org's awards never show. Every list is bounded and
 * every total is counted in the database: an org with 10,000 projects gets the same page size.
 */
export async function listBadges(tenant: Pick<TenantContext, "org" | "user">): Promise<BadgesView> {
  const orgId = tenant.org.id;
  const inOrg = { user: { orgId } };
  // A project of another org cannot hold this org's user's badge; such rows are left out.
  const onOrgProject = { ...inOrg, project: { orgId } };
  const [badges, myKinds, myAwards, topProjects, projectAwards, projectsWithBadges, colleagueRows, projectCount] = await Promise.all([
    db.badge.findMany({ orderBy: [{ points: "asc" }, { name: "asc" }] }),
    db.userBadge.groupBy({ by: ["badgeId"], where: { ...inOrg, userId: tenant.user.id, OR: [{ projectId: null }, { project: { orgId } }] }, _count: { _all: true } }),
    db.userBadge.findMany({
      where: { ...inOrg, userId: tenant.user.id, OR: [{ projectId: null }, { project: { orgId } }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MY_AWARDS_SHOWN,
      select: AWARD_SELECT,
    }),
    db.userBadge.groupBy({
      by: ["projectId"],
      where: onOrgProject,
      _count: { _all: true },
      orderBy: [{ _count: { id: "desc" } }, { projectId: "asc" }],
      take: BADGE_PROJECTS_SHOWN,
    }),
    db.userBadge.count({ where: onOrgProject }),
    db.$queryRaw<{ projects: number }[]>`
      SELECT count(DISTINCT ub.project_id)::int AS projects FROM user_badges ub
      JOIN users u ON u.id = ub.user_id JOIN projects p ON p.id = ub.project_id
      WHERE u.org_id = ${orgId}::uuid AND p.org_id = ${orgId}::uuid`.then((rows) => rows[0]?.projects ?? 0),
    listColleagueAwards(orgId, tenant.user.id),
    db.project.count({ where: { orgId } }),
  ]);
  const catalogue: BadgeDto[] = badges.map((b) => ({
    id: b.id,
    slug: b.slug,
    name: b.name,
    description: b.description ?? "",
    icon: b.icon ?? "award",
    category: b.category,
    rarity: b.rarity,
    points: b.points,
    scope: parseBadgeCriteria(b.criteria)?.scope ?? "org",
  }));
  const byId = new Map(catalogue.map((b) => [b.id, b]));
  const mineIds = new Set(myKinds.map((row) => row.badgeId));
  const topIds = topProjects.map((row) => row.projectId!);
  const [topAwards, topNames] = await Promise.all([
    topIds.length ? db.userBadge.findMany({ where: { ...onOrgProject, projectId: { in: topIds } }, orderBy: { createdAt: "desc" }, select: AWARD_SELECT }) : [],
    topIds.length ? db.project.findMany({ where: { orgId, id: { in: topIds } }, select: { id: true, name: true } }) : [],
  ]);
  const toDto = (a: (typeof myAwards)[number]): AwardDto[] => {
    const badge = byId.get(a.badgeId);
    return badge
      ? [{ id: a.id, badge, awardedAt: a.createdAt.toISOString(), userName: a.user.fullName, projectId: a.projectId, projectName: a.project?.name ?? null }]
      : [];
  };
  const colleaguesOf = new Map<string, { userName: string; projectName: string | null }[]>();
  for (const { badgeId, userName, projectName } of colleagueRows)
    (colleaguesOf.get(badgeId) ?? colleaguesOf.set(badgeId, []).get(badgeId)!).push({ userName, projectName });
  const nameOf = new Map(topNames.map((p) => [p.id, p.name]));
  const earnedOn = topAwards.flatMap(toDto);
  return {
    catalogueSize: catalogue.length,
    mine: {
      earned: myAwards.flatMap(toDto),
      locked: catalogue.filter((b) => !mineIds.has(b.id)).map((b) => ({ ...b, colleagueAwards: colleaguesOf.get(b.id) ?? [] })),
      points: myKinds.reduce((sum, row) => sum + (byId.get(row.badgeId)?.points ?? 0) * row._count._all, 0),
      kinds: myKinds.filter((row) => byId.has(row.badgeId)).length,
    },
    projects: topIds
      .filter((id) => nameOf.has(id))
      .map((id) => {
        const earned = earnedOn.filter((a) => a.projectId === id);
        const earnedIds = new Set(earned.map((a) => a.badge.id));
        return { id, name: nameOf.get(id)!, earned, locked: catalogue.filter((b) => b.scope === "project" && !earnedIds.has(b.id)) };
      })
      .sort((a, b) => b.earned.length - a.earned.length || a.name.localeCompare(b.name)),
    projectAwards,
    moreProjectsWithBadges: Math.max(0, projectsWithBadges - topIds.length),
    projectsWithoutBadges: Math.max(0, projectCount - projectsWithBadges),
  };
}

/** The latest few colleagues per badge (one query, ranked in the database), whatever the org's size. */
function listColleagueAwards(orgId: string, userId: string) {
  return db.$queryRaw<{ badgeId: string; userName: string; projectName: string | null }[]>`
    SELECT badge_id::text AS "badgeId", user_name AS "userName", project_name AS "projectName" FROM (
      SELECT ub.badge_id, u.full_name AS user_name, p.name AS project_name,
        row_number() OVER (PARTITION BY ub.badge_id ORDER BY ub.created_at DESC, ub.id DESC) AS rank
      FROM user_badges ub JOIN users u ON u.id = ub.user_id LEFT JOIN projects p ON p.id = ub.project_id
      WHERE u.org_id = ${orgId}::uuid AND ub.user_id <> ${userId}::uuid AND (ub.project_id IS NULL OR p.org_id = ${orgId}::uuid)
    ) ranked
    WHERE rank <= ${COLLEAGUES_SHOWN}
    ORDER BY badge_id, rank`;
}
