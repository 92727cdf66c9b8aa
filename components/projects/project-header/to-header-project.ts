import countries from "i18n-iso-countries";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { trimDecimal } from "@/components/projects/form/project-form-values";
import type { ProjectDto } from "@/lib/projects/to-project-dto";
import { pastTargetClose } from "@/lib/projects/past-target-close";
import { formatMoney } from "@/lib/utils/format-money";
import type { HeaderProject } from "./types";

/** For the server: the header's props, with one line of key facts under the name. */
export function toHeaderProject(project: ProjectDto): HeaderProject {
  const place = `${project.geographyRegion}, ${countries.getName(project.geographyCountry, "en") ?? project.geographyCountry}`;
  const capacity = project.capacityMw ? `${trimDecimal(project.capacityMw)} MW` : null;
  const sought = `${formatMoney(project.totalInvestmentRequired, project.currency, { compact: true })} sought`;
  return {
    id: project.id,
    name: project.name,
    status: project.status,
    isPublished: project.isPublished,
    publishedAt: project.publishedAt,
    coverImageUrl: project.coverImageUrl,
    pastTargetClose: pastTargetClose(project),
    summary: [projectTypeLabel(project.projectType), place, capacity, sought].filter(Boolean).join(" · "),
  };
}
