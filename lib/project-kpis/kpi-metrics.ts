/** KPIs investors commonly ask of operating renewable projects; any other snake_case name is allowed too. Safe for client components. */
export const KNOWN_KPIS = {
  generation_mwh: { label: "Net generation", unit: "MWh", direction: "higher_is_better" },
  availability_pct: { label: "Availability", unit: "%", direction: "higher_is_better" },
  capacity_factor_pct: { label: "Capacity factor", unit: "%", direction: "higher_is_better" },
  dscr: { label: "DSCR", unit: "x", direction: "higher_is_better" },
  co2_avoided_t: { label: "CO₂ avoided", unit: "tCO₂e", direction: "higher_is_better" },
  revenue: { label: "Revenue", unit: "ccy", direction: "higher_is_better" },
  opex: { label: "Operating cost", unit: "ccy", direction: "lower_is_better" },
  lease_collection_rate_pct: { label: "Lease collection rate", unit: "%", direction: "higher_is_better" },
  capex_overrun_pct: { label: "Capex overrun", unit: "%", direction: "lower_is_better" },
  gearing_pct: { label: "Gearing", unit: "%", direction: "lower_is_better" },
} as const satisfies Record<string, { label: string; unit: string; direction: "higher_is_better" | "lower_is_better" }>;

export type KnownKpi = keyof typeof KNOWN_KPIS;

export const METRIC_NAME_PATTERN = /^[a-z][a-z0-9_]{1,99}$/;

/** "lease_collection_rate_pct" → "Lease collection rate" when known, else the name made readable. */
export function kpiLabel(metricName: string): string {
  const known = (KNOWN_KPIS as Record<string, { label: string }>)[metricName];
  if (known) return known.label;
  const words = metricName.replace(/_(pct|mwh|t)$/, "").replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
