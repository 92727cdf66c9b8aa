import { Badge, type BadgeVariant } from "@/components/ui/badge";

const VARIANT: Record<string, BadgeVariant> = { DRAFT: "muted", ACTIVE: "success", ARCHIVED: "info", SUSPENDED: "warning" };

export function ProjectStatusBadge({ status }: { status: string }) {
  return <Badge variant={VARIANT[status] ?? "muted"}>{status.charAt(0) + status.slice(1).toLowerCase()}</Badge>;
}
