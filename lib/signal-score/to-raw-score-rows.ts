import type { Prisma } from "@/lib/db/generated/client";
import type { RawScoreInputs } from "./assemble-score-inputs";

/** The columns a score reads from a project, its milestones and budget lines. */
export const SCORE_PROJECT_INCLUDE = {
  milestones: { select: { name: true, status: true, targetDate: true, completedDate: true }, orderBy: [{ orderIndex: "asc" }, { targetDate: "asc" }, { id: "asc" }] },
  budgetItems: { select: { category: true, description: true, estimatedAmount: true, actualAmount: true, currency: true }, orderBy: { id: "asc" } },
} satisfies Prisma.ProjectInclude;

export type ScoreProjectRow = Prisma.ProjectGetPayload<{ include: typeof SCORE_PROJECT_INCLUDE }>;

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A project row as plain values for assembleScoreInputs: read the same way by the job and the seed. */
export function toRawScoreRows(project: ScoreProjectRow): Pick<RawScoreInputs, "project" | "milestones" | "budgetItems"> {
  return {
    project: {
      id: project.id,
      name: project.name,
      description: project.description,
      projectType: project.projectType,
      stage: project.stage,
      capacityMw: project.capacityMw?.toString() ?? null,
      totalInvestmentRequired: project.totalInvestmentRequired.toFixed(4),
      currency: project.currency,
      targetCloseDate: project.targetCloseDate ? isoDay(project.targetCloseDate) : null,
      geographyRegion: project.geographyRegion,
      geographyCountry: project.geographyCountry,
      geographyCoordinates: project.geographyCoordinates,
    },
    milestones: project.milestones.map((m) => ({
      name: m.name,
      status: m.status,
      targetDate: isoDay(m.targetDate),
      completedDate: m.completedDate ? isoDay(m.completedDate) : null,
    })),
    budgetItems: project.budgetItems.map((b) => ({
      category: b.category,
      description: b.description,
      estimatedAmount: b.estimatedAmount.toFixed(4),
      actualAmount: b.actualAmount?.toFixed(4) ?? null,
      currency: b.currency,
    })),
  };
}
