import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { OrgType } from "@/lib/auth/tenant-context";
import { ORG_TYPE_LABEL } from "./nav-config";

const VARIANT: Record<OrgType, BadgeVariant> = { ALLY: "secondary", INVESTOR: "info", ADMIN: "warning" };

export function OrgTypeBadge({ type, className }: { type: OrgType; className?: string }) {
  return (
    <Badge variant={VARIANT[type]} className={className}>
      {ORG_TYPE_LABEL[type]}
    </Badge>
  );
}
