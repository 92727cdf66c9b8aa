import { Badge } from "@/components/ui/badge";
import type { MilestoneStatus } from "@/lib/milestones/milestone-constants";
import { MILESTONE_STATUS_META } from "./milestone-status-meta";

export function MilestoneStatusBadge({ status }: { status: MilestoneStatus }) {
  const meta = MILESTONE_STATUS_META[status];
  return <Badge variant={meta.badge}>{meta.label}</Badge>;
}
