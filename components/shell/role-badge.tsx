import { Badge } from "@/components/ui/badge";
import type { Role } from "@/lib/auth/tenant-context";

const LABEL: Record<Role, string> = { viewer: "Viewer", analyst: "Analyst", manager: "Manager", admin: "Admin" };

export function RoleBadge({ role, className }: { role: Role; className?: string }) {
  return (
    <Badge variant={role === "admin" || role === "manager" ? "secondary" : "muted"} className={className}>
      {LABEL[role]}
    </Badge>
  );
}
