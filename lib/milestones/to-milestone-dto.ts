import type { ProjectMilestone } from "@/lib/db/generated/client";
import { startOfUtcDay } from "@/lib/utils/dates";
import { effectiveMilestoneStatus } from "./effective-milestone-status";

const dateOnly = (value: Date) => value.toISOString().slice(0, 10);

/** What pages and client components get of a milestone: plain, serialisable, no Prisma types. */
export function toMilestoneDto(milestone: ProjectMilestone, today: Date = startOfUtcDay()) {
  return {
    id: milestone.id,
    name: milestone.name,
    description: milestone.description,
    targetDate: dateOnly(milestone.targetDate),
    completedDate: milestone.completedDate ? dateOnly(milestone.completedDate) : null,
    /** What the page shows: DELAYED when overdue (see effectiveMilestoneStatus). */
    status: effectiveMilestoneStatus(milestone, today),
    /** What is stored, for the edit form: the user edits their own choice, not the derived one. */
    recordedStatus: milestone.status,
    completionPct: milestone.completionPct,
    orderIndex: milestone.orderIndex,
  };
}
export type MilestoneDto = ReturnType<typeof toMilestoneDto>;

/** The audited view of a milestone: projectId included, so a deleted one still belongs to its project's history. */
export function milestoneAuditSnapshot(milestone: ProjectMilestone) {
  return {
    projectId: milestone.projectId,
    name: milestone.name,
    description: milestone.description,
    targetDate: dateOnly(milestone.targetDate),
    completedDate: milestone.completedDate ? dateOnly(milestone.completedDate) : null,
    status: milestone.status,
    completionPct: milestone.completionPct,
    orderIndex: milestone.orderIndex,
  };
}
