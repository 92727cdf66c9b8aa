import type { BudgetItemStatus, MilestoneStatus, Prisma, ProjectStage, ProjectStatus, ProjectType } from "../../lib/db/generated/client";
import { type FactoryDb, uniqueSuffix } from "./types";

export type MilestoneSeed = { name: string; targetDate: string; status?: MilestoneStatus; completionPct?: number; completedDate?: string; description?: string };
export type BudgetSeed = { category: string; description: string; estimated: string; actual?: string; status?: BudgetItemStatus };

export type CreateProjectInput = {
  orgId: string;
  name?: string;
  slug?: string;
  description?: string;
  projectType?: ProjectType;
  status?: ProjectStatus;
  stage?: ProjectStage;
  country?: string;
  region?: string;
  coordinates?: { lat: number; lng: number };
  technologyDetails?: Prisma.InputJsonValue;
  capacityMw?: string;
  totalInvestmentRequired?: string;
  currency?: string;
  targetCloseDate?: string;
  isPublished?: boolean;
  milestones?: MilestoneSeed[];
  budget?: BudgetSeed[];
};

/**
 * Creates a project with its milestones and budget, or returns the existing one with that slug in
 * the org (children are only created with a new project, so a re-run adds nothing).
 */
export async function createProject(db: FactoryDb, input: CreateProjectInput) {
  const slug = input.slug ?? `project-${uniqueSuffix()}`;
  const existing = await db.project.findUnique({ where: { orgId_slug: { orgId: input.orgId, slug } } });
  if (existing) return existing;
  const currency = input.currency ?? "USD";
  const published = input.isPublished ?? false;
  return db.project.create({
    data: {
      orgId: input.orgId,
      name: input.name ?? `Project ${slug}`,
      slug,
      description: input.description ?? "A renewable energy project.",
      projectType: input.projectType ?? "SOLAR",
      status: input.status ?? (published ? "ACTIVE" : "DRAFT"),
      stage: input.stage ?? "DEVELOPMENT",
      geographyCountry: input.country ?? "KE",
      geographyRegion: input.region ?? "Nairobi",
      geographyCoordinates: input.coordinates,
      technologyDetails: input.technologyDetails,
      capacityMw: input.capacityMw,
      totalInvestmentRequired: input.totalInvestmentRequired ?? "1000000",
      currency,
      targetCloseDate: input.targetCloseDate ? new Date(input.targetCloseDate) : undefined,
      isPublished: published,
      publishedAt: published ? new Date() : undefined,
      milestones: {
        create: (input.milestones ?? []).map((m, index) => ({
          name: m.name,
          description: m.description ?? "",
          targetDate: new Date(m.targetDate),
          completedDate: m.completedDate ? new Date(m.completedDate) : undefined,
          status: m.status ?? "NOT_STARTED",
          completionPct: m.completionPct ?? (m.status === "COMPLETED" ? 100 : 0),
          orderIndex: index,
        })),
      },
      budgetItems: {
        create: (input.budget ?? []).map((b) => ({
          category: b.category,
          description: b.description,
          estimatedAmount: b.estimated,
          actualAmount: b.actual,
          currency,
          status: b.status ?? "PLANNED",
        })),
      },
    },
  });
}
