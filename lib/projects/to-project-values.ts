import { Prisma } from "@/lib/db/generated/client";
import type { CreateProjectInput } from "./schemas";
import { compactDetails } from "./technology-details-schema";
import { sortKeys } from "./to-project-dto";

type EditableInput = Omit<CreateProjectInput, "coverImage" | "slug">;

/**
 * The edited columns as plain values, in the same representation as toProjectAuditSnapshot:
 * decimals as 4-place strings (through Prisma.Decimal, never a float), dates as YYYY-MM-DD.
 */
export function toProjectValues(input: EditableInput) {
  const hasCoordinates = input.latitude !== undefined && input.longitude !== undefined;
  return {
    name: input.name,
    description: input.description,
    projectType: input.projectType,
    stage: input.stage,
    geographyCountry: input.geographyCountry,
    geographyRegion: input.geographyRegion,
    geographyCoordinates: hasCoordinates ? { lat: input.latitude as number, lng: input.longitude as number } : null,
    technologyDetails: sortKeys(compactDetails(input.technologyDetails)),
    capacityMw: input.capacityMw ? new Prisma.Decimal(input.capacityMw).toFixed(4) : null,
    totalInvestmentRequired: new Prisma.Decimal(input.totalInvestmentRequired).toFixed(4),
    currency: input.currency,
    targetCloseDate: input.targetCloseDate ?? null,
  };
}
export type ProjectValues = ReturnType<typeof toProjectValues>;

/** The same values as Prisma write data: JSON NULL as SQL NULL, the date at UTC midnight. */
export function toProjectWriteData(values: ProjectValues) {
  return {
    ...values,
    geographyCoordinates: values.geographyCoordinates ?? Prisma.DbNull,
    technologyDetails: values.technologyDetails ?? Prisma.DbNull,
    targetCloseDate: values.targetCloseDate ? new Date(`${values.targetCloseDate}T00:00:00.000Z`) : null,
  };
}
