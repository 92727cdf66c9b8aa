import type { FactoryDb } from "../factories";
import { BADGES } from "./badge-catalogue";
import type { DemoContext } from "./demo-context";
import { day, daysAgo, demoId } from "./demo-ids";

/** The badge catalogue and what the demo users earned (quests come with the score history). */
export async function seedGamification(db: FactoryDb, ctx: DemoContext) {
  const { users, projects } = ctx;
  const catalogueDate = day("2025-09-01");
  await db.badge.createMany({
    skipDuplicates: true,
    data: BADGES.map((b) => ({ id: demoId(`badge/${b.slug}`), ...b, createdAt: catalogueDate, updatedAt: catalogueDate })),
  });
  // Badges are keyed by slug: an operator may have created one before the seed did.
  const rows = await db.badge.findMany({ where: { slug: { in: BADGES.map((b) => b.slug) } }, select: { id: true, slug: true } });
  const badge = (slug: string) => rows.find((r) => r.slug === slug)!.id;

  type Award = [user: keyof typeof users, badge: string, project: keyof typeof projects | null, at: Date];
  const awards: Award[] = [
    ["amara", "first-project", null, day("2025-10-02")],
    ["amara", "team-assembled", null, day("2025-10-09")],
    ["amara", "first-upload", "turkana", day("2026-03-20")],
    ["david", "data-room-architect", "turkana", day("2026-06-02")],
    ["sarah", "version-control", "turkana", daysAgo(12, 10)],
    ["sarah", "score-climber", "turkana", daysAgo(65, 14)],
    ["amara", "first-connection", "turkana", daysAgo(57, 6)],
    ["amara", "deal-room-host", "turkana", daysAgo(53, 15)],
    ["james", "first-connection", null, daysAgo(57, 6)],
  ];
  await db.userBadge.createMany({
    skipDuplicates: true,
    data: awards.map(([user, slug, project, createdAt]) => ({
      id: demoId(`user-badge/${user}/${slug}/${project ?? "org"}`),
      userId: users[user],
      projectId: project ? projects[project].id : null,
      badgeId: badge(slug),
      createdAt,
    })),
  });
}
