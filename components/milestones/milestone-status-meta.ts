import type { BadgeVariant } from "@/components/ui/badge";
import { MILESTONE_STATUS_LABEL, type MilestoneStatus } from "@/lib/milestones/milestone-constants";

/** One place for how a milestone status looks, so badges, progress bars and the timeline agree. */
export const MILESTONE_STATUS_META: Record<MilestoneStatus, { label: string; badge: BadgeVariant; color: string; bar: string }> = {
  NOT_STARTED: { label: MILESTONE_STATUS_LABEL.NOT_STARTED, badge: "muted", color: "#94a3a8", bar: "bg-muted-foreground/40" },
  IN_PROGRESS: { label: MILESTONE_STATUS_LABEL.IN_PROGRESS, badge: "info", color: "#1f5fbf", bar: "bg-info" },
  COMPLETED: { label: MILESTONE_STATUS_LABEL.COMPLETED, badge: "success", color: "#15803d", bar: "bg-success" },
  DELAYED: { label: MILESTONE_STATUS_LABEL.DELAYED, badge: "danger", color: "#b42318", bar: "bg-danger" },
};
