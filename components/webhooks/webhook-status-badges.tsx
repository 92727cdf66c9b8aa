import { Badge, type BadgeVariant } from "@/components/ui/badge";

const DELIVERY: Record<string, { label: string; variant: BadgeVariant }> = {
  pending: { label: "Sending", variant: "info" },
  delivered: { label: "Delivered", variant: "success" },
  retrying: { label: "Retry scheduled", variant: "warning" },
  failed: { label: "Failed", variant: "danger" },
};

export function WebhookStatusBadge({ isActive }: { isActive: boolean }) {
  return isActive ? <Badge variant="success">Active</Badge> : <Badge variant="muted">Disabled</Badge>;
}

export function DeliveryStatusBadge({ status }: { status: string }) {
  const shown = DELIVERY[status] ?? { label: status, variant: "outline" as const };
  return <Badge variant={shown.variant}>{shown.label}</Badge>;
}
