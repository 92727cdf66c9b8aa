import type { CovenantDto } from "@/lib/covenants/covenant-dtos";
import { LEDGER_METRICS, isLedgerMetric } from "@/lib/covenants/covenant-metrics";
import { KNOWN_KPIS } from "@/lib/project-kpis/kpi-metrics";

/** "1.2" with the metric's unit: "1.2x", "12.5%", "USD 1,200,000". */
export function formatMetricValue(metricName: string, value: string | null, currency: string): string {
  if (value === null) return "—";
  const number = Number(value);
  const unit = isLedgerMetric(metricName) ? LEDGER_METRICS[metricName].unit : ((KNOWN_KPIS as Record<string, { unit: string }>)[metricName]?.unit ?? "");
  const digits = unit === "ccy" ? 0 : 2;
  const text = number.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: unit === "x" ? 2 : 0 });
  if (unit === "ccy") return `${currency} ${text}`;
  if (unit === "%" || unit === "x") return `${text}${unit}`;
  return unit ? `${text} ${unit}` : text;
}

/** "breach < 1.2x · warning < 1.3x": where the covenant trips, in the words of its operator. */
export function describeLimits(c: Pick<CovenantDto, "metricName" | "operator" | "thresholdBreach" | "thresholdWarning">, currency: string): string {
  const below = c.operator === ">=" ? "<" : c.operator === "<=" ? ">" : "≠";
  const breach = `breach ${below} ${formatMetricValue(c.metricName, c.thresholdBreach, currency)}`;
  return c.thresholdWarning === null ? breach : `${breach} · warning ${below} ${formatMetricValue(c.metricName, c.thresholdWarning, currency)}`;
}

/** A check's moment as the covenant pages print it, in UTC. */
export const formatCheckedAt = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
