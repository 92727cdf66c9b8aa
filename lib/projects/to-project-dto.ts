import type { Project } from "@/lib/db/generated/client";
import type { TechnologyDetails } from "./technology-details-schema";

/** Object keys sorted, so JSONB (which reorders keys) and form input compare equal when equal. */
export function sortKeys<T extends Record<string, unknown>>(value: T | null): T | null {
  return value ? (Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) as T) : null;
}

export type ProjectCoordinates = { lat: number; lng: number };

export function readCoordinates(value: unknown): ProjectCoordinates | null {
  if (!value || typeof value !== "object") return null;
  const { lat, lng } = value as Record<string, unknown>;
  return typeof lat === "number" && typeof lng === "number" ? { lat, lng } : null;
}

function readDetails(value: unknown): TechnologyDetails | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as TechnologyDetails) : null;
}

/**
 * The cover is served by an org-checked route, never from the bucket; the object key's random
 * part versions the URL, so a new cover is not hidden by the browser's cache of the old one.
 */
export function coverImagePath(project: Pick<Project, "id" | "coverImageUrl">): string | null {
  if (!project.coverImageUrl) return null;
  const version =
    project.coverImageUrl
      .split("/")
      .pop()
      ?.replace(/\.[a-z0-9]+$/i, "") ?? "";
  return `/api/projects/${project.id}/cover?v=${encodeURIComponent(version)}`;
}

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
    geographyCoordinates: readCoordinates(project.geographyCoordinates),
    technologyDetails: readDetails(project.technologyDetails),
    capacityMw: project.capacityMw?.toFixed(4) ?? null,
    totalInvestmentRequired: project.totalInvestmentRequired.toFixed(4),
    currency: project.currency,
    targetCloseDate: project.targetCloseDate?.toISOString().slice(0, 10) ?? null,
    coverImageUrl: coverImagePath(project),
    isPublished: project.isPublished,
    publishedAt: project.publishedAt?.toISOString() ?? null,
    createdAt: project.createdAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
  };
}
export type ProjectDto = ReturnType<typeof toProjectDto>;

/** The columns a person edits, as the audit log's before/after compare them. */
export function toProjectAuditSnapshot(project: Project) {
  const { id: _id, createdAt: _created, updatedAt: _updated, coverImageUrl: _path, ...fields } = toProjectDto(project);
  return { ...fields, technologyDetails: sortKeys(fields.technologyDetails), coverImageKey: project.coverImageUrl };
}
