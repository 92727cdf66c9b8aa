import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { PROJECT_STAGES, PROJECT_STATUSES, PROJECT_TYPES } from "@/lib/projects/project-options";

export type FilterOption = { value: string; label: string };

const titleCase = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

export const STATUS_OPTIONS: FilterOption[] = PROJECT_STATUSES.map((value) => ({ value, label: titleCase(value) }));
export const STAGE_OPTIONS: FilterOption[] = PROJECT_STAGES.map((value) => ({ value, label: titleCase(value) }));
export const TYPE_OPTIONS: FilterOption[] = PROJECT_TYPES.map((value) => ({ value, label: projectTypeLabel(value) }));

export function stageLabel(stage: string): string {
  return titleCase(stage);
}
