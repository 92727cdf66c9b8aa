import { Badge } from "@/components/ui/badge";

export function MemberStatusBadge({ isActive, className }: { isActive: boolean; className?: string }) {
  return (
    <Badge variant={isActive ? "success" : "muted"} className={className}>
      <span aria-hidden className={isActive ? "size-1.5 rounded-full bg-success" : "size-1.5 rounded-full bg-muted-foreground/60"} />
      {isActive ? "Active" : "Deactivated"}
    </Badge>
  );
}
