import type { Project } from "@/lib/db/generated/client";

/** What pages and client components get of a project: plain, serialisable, no Prisma types. */
export function toProjectDto(project: Project) {
  return {
    id: project.id,
    name: project.name,
    slug: project.slug,
    description: project.description,
    projectType: project.projectType,
    status: project.status,
    stage: project.stage,
    geographyCountry: project.geographyCountry,
    geographyRegion: project.geographyRegion,
    capacityMw: project.capacityMw?.toFixed(4) ?? null,
    totalInvestmentRequired: project.totalInvestmentRequired.toFixed(4),
    currency: project.currency,
    targetCloseDate: project.targetCloseDate?.toISOString().slice(0, 10) ?? null,
    isPublished: project.isPublished,
    publishedAt: project.publishedAt?.toISOString() ?? null,
    updatedAt: project.updatedAt.toISOString(),
  };
}
export type ProjectDto = ReturnType<typeof toProjectDto>;
