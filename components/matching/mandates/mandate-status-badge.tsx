import { Badge } from "@/components/ui/badge";

export function MandateStatusBadge({ isActive }: { isActive: boolean }) {
  return <Badge variant={isActive ? "success" : "muted"}>{isActive ? "Active" : "Paused"}</Badge>;
}
