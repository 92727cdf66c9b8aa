import type { Project } from "@/lib/db/generated/client";
import { countryName } from "@/lib/matching/engine/describe-words";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { formatMoney } from "@/lib/utils/format-money";
import type { ScreenEvidence } from "./screen-claims";

/** The listing's facts as an investor sees them on the marketplace. */
export function listingFacts(
  project: Pick<Project, "id" | "name" | "projectType" | "geographyCountry" | "capacityMw" | "totalInvestmentRequired" | "currency" | "stage">,
): ScreenEvidence["project"] {
  return {
    id: project.id,
    name: project.name,
    typeLabel: projectTypeLabel(project.projectType),
    country: countryName(project.geographyCountry),
    capacityMw: project.capacityMw ? project.capacityMw.toFixed(1) : null,
    raise: formatMoney(project.totalInvestmentRequired.toFixed(0), project.currency, { compact: true }),
    stage: project.stage,
  };
}
