import type { ProjectDto } from "@/lib/projects/to-project-dto";
import { detailsToFormValues } from "./technology-fields-config";

/** The form's state as text, the way inputs hold it; the server schemas parse it. */
export type ProjectFormValues = {
  name: string;
  slug: string;
  description: string;
  projectType: string;
  stage: string;
  geographyCountry: string;
  geographyRegion: string;
  latitude: string;
  longitude: string;
  technologyDetails: Record<string, string>;
  capacityMw: string;
  totalInvestmentRequired: string;
  currency: string;
  targetCloseDate: string;
  coverImageUrl: string | null;
};

export const EMPTY_PROJECT_FORM: ProjectFormValues = {
  name: "",
  slug: "",
  description: "",
  projectType: "SOLAR",
  stage: "DEVELOPMENT",
  geographyCountry: "",
  geographyRegion: "",
  latitude: "",
  longitude: "",
  technologyDetails: {},
  capacityMw: "",
  totalInvestmentRequired: "",
  currency: "USD",
  targetCloseDate: "",
  coverImageUrl: null,
};

/** "41500000.0000" -> "41500000", "48.2500" -> "48.25": as text, never through a float. */
export function trimDecimal(value: string | null): string {
  if (!value) return "";
  return value.includes(".") ? value.replace(/0+$/, "").replace(/\.$/, "") : value;
}

export function toProjectFormValues(project: ProjectDto): ProjectFormValues {
  return {
    name: project.name,
    slug: project.slug,
    description: project.description,
    projectType: project.projectType,
    stage: project.stage,
    geographyCountry: project.geographyCountry,
    geographyRegion: project.geographyRegion,
    latitude: project.geographyCoordinates ? String(project.geographyCoordinates.lat) : "",
    longitude: project.geographyCoordinates ? String(project.geographyCoordinates.lng) : "",
    technologyDetails: detailsToFormValues(project.projectType, project.technologyDetails),
    capacityMw: trimDecimal(project.capacityMw),
    totalInvestmentRequired: trimDecimal(project.totalInvestmentRequired),
    currency: project.currency,
    targetCloseDate: project.targetCloseDate ?? "",
    coverImageUrl: project.coverImageUrl,
  };
}
