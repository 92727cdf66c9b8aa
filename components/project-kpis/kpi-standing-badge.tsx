import { Badge } from "@/components/ui/badge";
import type { KpiStanding } from "@/lib/project-kpis/kpi-variance";

const LOOK = {
  on_target: { variant: "success", label: "On target" },
  within_tolerance: { variant: "warning", label: "Within tolerance" },
  off_target: { variant: "danger", label: "Off target" },
} as const;

/** Where an actual stands against its target, with the variance in percent of the target. */
export function KpiStandingBadge({ standing, variancePct }: { standing: KpiStanding; variancePct: string | null }) {
  const look = LOOK[standing];
  const variance = variancePct === null ? "" : ` (${Number(variancePct) > 0 ? "+" : ""}${Number(variancePct).toFixed(1)}%)`;
  return (
    <Badge variant={look.variant}>
      {look.label}
      {variance}
    </Badge>
  );
}

export function formatKpiValue(value: string, unit: string) {
  const text = Number(value).toLocaleString("en", { maximumFractionDigits: 2 });
  return unit === "%" || unit === "x" ? `${text}${unit}` : `${text} ${unit}`;
}
