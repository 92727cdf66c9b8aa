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
export type BadgesView = { catalogueSize: number; mine: { earned: AwardDto[]; locked: LockedBadgeDto[]; points: number }; projects: ProjectBadges[] };

/**
 * The badge catalogue against the org's awards: the current user's badges (and the ones still to
 * earn), and per project of the org which badges its people earned there. Awards load through the
 * org's users, so another org's awards never show.
 */
export async function listBadges(tenant: Pick<TenantContext, "org" | "user">): Promise<BadgesView> {
  const [badges, awards, projects] = await Promise.all([
    db.badge.findMany({ orderBy: [{ points: "asc" }, { name: "asc" }] }),
    db.userBadge.findMany({
      where: { user: { orgId: tenant.org.id } },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        badgeId: true,
        userId: true,
        projectId: true,
        createdAt: true,
        user: { select: { fullName: true } },
        project: { select: { name: true, orgId: true } },
      },
    }),
    db.project.findMany({ where: { orgId: tenant.org.id }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
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
  const held = awards.flatMap((a) => {
    const badge = byId.get(a.badgeId);
    // A project of another org cannot hold this org's user's badge; dropped rather than shown.
    if (!badge || (a.project && a.project.orgId !== tenant.org.id)) return [];
    const dto: AwardDto = {
      id: a.id,
      badge,
      awardedAt: a.createdAt.toISOString(),
      userName: a.user.fullName,
      projectId: a.projectId,
      projectName: a.project?.name ?? null,
    };
    return [{ userId: a.userId, dto }];
  });
  const dtos = held.map((h) => h.dto);
  const mine = held.filter((h) => h.userId === tenant.user.id).map((h) => h.dto);
  const mineIds = new Set(mine.map((a) => a.badge.id));
  const colleagueAwards = (badgeId: string) =>
    held.filter((h) => h.userId !== tenant.user.id && h.dto.badge.id === badgeId).map((h) => ({ userName: h.dto.userName, projectName: h.dto.projectName }));
  return {
    catalogueSize: catalogue.length,
    mine: {
      earned: mine,
      locked: catalogue.filter((b) => !mineIds.has(b.id)).map((b) => ({ ...b, colleagueAwards: colleagueAwards(b.id) })),
      points: mine.reduce((sum, a) => sum + a.badge.points, 0),
    },
    projects: projects
      .map((p) => {
        const earned = dtos.filter((a) => a.projectId === p.id);
        const earnedIds = new Set(earned.map((a) => a.badge.id));
        return { id: p.id, name: p.name, earned, locked: catalogue.filter((b) => b.scope === "project" && !earnedIds.has(b.id)) };
      })
      // Projects with badges first: they are what people come to see; the rest only list what to earn.
      .sort((a, b) => b.earned.length - a.earned.length || a.name.localeCompare(b.name)),
  };
}
