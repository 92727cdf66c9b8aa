import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { CovenantStatus } from "@/lib/db/generated/client";

const LOOK: Record<CovenantStatus, { variant: BadgeVariant; label: string }> = {
  OK: { variant: "success", label: "OK" },
  WARNING: { variant: "warning", label: "Warning" },
  BREACH: { variant: "danger", label: "Breach" },
  WAIVED: { variant: "muted", label: "Waived" },
};

export const COVENANT_STATUS_LABELS = Object.fromEntries(Object.entries(LOOK).map(([status, look]) => [status, look.label])) as Record<CovenantStatus, string>;

export function CovenantStatusBadge({ status }: { status: CovenantStatus }) {
  return <Badge variant={LOOK[status].variant}>{LOOK[status].label}</Badge>;
}
