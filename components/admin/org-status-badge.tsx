import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { STATUS_LABEL } from "@/lib/admin/status-labels";
import type { SubscriptionStatus } from "@/lib/db/generated/client";

const VARIANT: Record<SubscriptionStatus, BadgeVariant> = { trial: "info", active: "success", past_due: "warning", cancelled: "muted", suspended: "danger" };

export function OrgStatusBadge({ status }: { status: SubscriptionStatus }) {
  return <Badge variant={VARIANT[status]}>{STATUS_LABEL[status]}</Badge>;
}
