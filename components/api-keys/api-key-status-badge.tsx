import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { ApiKeyStatus } from "@/lib/api-keys/to-api-key-dto";

const STATUS: Record<ApiKeyStatus, { label: string; variant: BadgeVariant }> = {
  active: { label: "Active", variant: "success" },
  expired: { label: "Expired", variant: "warning" },
  revoked: { label: "Revoked", variant: "muted" },
};

export function ApiKeyStatusBadge({ status }: { status: ApiKeyStatus }) {
  return <Badge variant={STATUS[status].variant}>{STATUS[status].label}</Badge>;
}
