import { kpiLabel } from "@/lib/project-kpis/kpi-metrics";

/**
 * Metrics the ledger itself yields for a holding, in the portfolio's currency: a covenant on one of
 * these needs no one to report anything. Rates are in percent (12.5 for 12.5%) so thresholds read
 * as people write them. Safe for client components.
 */
export const LEDGER_METRICS = {
  nav: { label: "NAV", unit: "ccy" },
  net_irr: { label: "Net IRR", unit: "%" },
  gross_irr: { label: "Gross IRR", unit: "%" },
  moic: { label: "MOIC (net)", unit: "x" },
  tvpi: { label: "TVPI (net)", unit: "x" },
  dpi: { label: "DPI (net)", unit: "x" },
  rvpi: { label: "RVPI (net)", unit: "x" },
} as const;

export type LedgerMetric = keyof typeof LEDGER_METRICS;

export const COVENANT_OPERATORS = [">=", "<=", "="] as const;
export type CovenantOperator = (typeof COVENANT_OPERATORS)[number];

export function isLedgerMetric(metricName: string): metricName is LedgerMetric {
  return Object.hasOwn(LEDGER_METRICS, metricName);
}

export function covenantMetricLabel(metricName: string): string {
  return isLedgerMetric(metricName) ? LEDGER_METRICS[metricName].label : kpiLabel(metricName);
}
