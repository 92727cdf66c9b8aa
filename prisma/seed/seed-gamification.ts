import type { FactoryDb } from "../factories";
import { BADGES } from "./badge-catalogue";
import type { DemoContext } from "./demo-context";
import { day, daysAgo, demoId } from "./demo-ids";

/** The badge catalogue, what the demo users earned, and Turkana's improvement quests. */
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
    ["sarah", "score-climber", "turkana", daysAgo(11, 14)],
    ["amara", "first-connection", "turkana", daysAgo(57, 6)],
    ["amara", "deal-room-host", "turkana", daysAgo(53, 15)],
    ["james", "first-connection", null, daysAgo(57, 6)],
  ];
  await db.userBadge.createMany({
    skipDuplicates: true,
    data: awards.map(([user, slug, project, createdAt]) => ({
      id: demoId(`user-badge/${user}/${slug}/${project ?? "org"}`), userId: users[user], projectId: project ? projects[project].id : null, badgeId: badge(slug), createdAt,
    })),
  });

  type Quest = [key: string, project: keyof typeof projects, title: string, description: string, action: string, dimension: string | null, impact: number, reward: string | null, status: "active" | "completed" | "expired", createdAt: Date, completedAt?: Date];
  const quests: Quest[] = [
    ["turkana/cfo", "turkana", "Add your CFO to the team", "Investors ask who owns the financial close. Add the CFO's profile once hired, or name an interim finance lead.", "add_team_member", "team_strength", 4, null, "active", daysAgo(11, 14)],
    ["turkana/grid-study", "turkana", "Upload KETRACO's reinforcement confirmation", "The score discounts curtailment risk until the Lodwar-Kainuk reinforcement date is documented.", "upload_document", "risk_assessment", 5, "investment-ready", "active", daysAgo(11, 14)],
    ["turkana/epra", "turkana", "Upload the EPRA tariff approval", "Tariff approval is the last condition precedent in the PPA term sheet.", "upload_document", "financial_planning", 4, null, "active", daysAgo(11, 14)],
    ["turkana/risk-register", "turkana", "Complete the risk register", "List construction, grid, offtake and FX risks with owners and mitigants.", "complete_section", "risk_assessment", 5, null, "completed", daysAgo(65, 14), daysAgo(30, 16)],
    ["turkana/lrp", "turkana", "Publish the livelihood restoration plan budget", "The ESIA commits to a plan for 62 households; investors want its budget and KPIs.", "improve_dimension", "esg", 3, null, "expired", daysAgo(162, 14)],
    ["rift-valley/turbine-sa", "riftValley", "Upload the turbine supply agreement", "A signed TSA moves viability and financial planning up together.", "upload_document", "project_viability", 6, null, "active", daysAgo(40, 14)],
  ];
  await db.improvementQuest.createMany({
    skipDuplicates: true,
    data: quests.map(([key, project, title, description, actionType, targetDimension, estimatedScoreImpact, reward, status, createdAt, completedAt]) => ({
      id: demoId(`quest/${key}`), projectId: projects[project].id, title, description, actionType, targetDimension, estimatedScoreImpact,
      rewardBadgeId: reward ? badge(reward) : null, status, completedAt: completedAt ?? null, createdAt, updatedAt: completedAt ?? createdAt,
    })),
  });
}
