import type { MilestoneStatus, Project } from "@/lib/db/generated/client";
import { effectiveMilestoneStatus } from "@/lib/milestones/effective-milestone-status";
import { countryName } from "@/lib/matching/engine/describe-words";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { formatMoney } from "@/lib/utils/format-money";
import type { ListingRecord, ScreenEvidence } from "./screen-claims";

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

type MilestoneRow = { status: MilestoneStatus; targetDate: Date; completedDate: Date | null };

/**
 * The listing's milestones as they stood on `today` (completed by then, else delayed once past
 * their target) and its budget's total; null where the ally hides them.
 */
export function listingRecord(input: {
  milestones: MilestoneRow[] | null;
  budgetTotal: { toFixed(digits: number): string } | null;
  currency: string;
  today: Date;
}): ListingRecord {
  const statuses = (input.milestones ?? []).map((m) =>
    m.status === "COMPLETED" && (!m.completedDate || m.completedDate <= input.today)
      ? "COMPLETED"
      : effectiveMilestoneStatus({ status: m.status === "COMPLETED" ? "IN_PROGRESS" : m.status, targetDate: m.targetDate }, input.today),
  );
  return {
    milestones: input.milestones
      ? { total: statuses.length, completed: statuses.filter((s) => s === "COMPLETED").length, delayed: statuses.filter((s) => s === "DELAYED").length }
      : null,
    budgetTotal: input.budgetTotal ? formatMoney(input.budgetTotal.toFixed(0), input.currency, { compact: true }) : null,
  };
}
