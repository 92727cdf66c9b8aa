/** Reporting periods as text: "2026-10" (month), "2026-Q3" (quarter), "2026" (year). Safe for client components. */
export const KPI_FREQUENCIES = ["monthly", "quarterly", "annual"] as const;
export type KpiFrequency = (typeof KPI_FREQUENCIES)[number];

export const PERIOD_PATTERN = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

export function periodFrequency(period: string): KpiFrequency {
  if (/-Q[1-4]$/.test(period)) return "quarterly";
  return period.length === 4 ? "annual" : "monthly";
}

/** The first and last day (ISO) of a period. */
export function periodBounds(period: string): { start: string; end: string } {
  const [yearText, part] = period.split("-");
  const year = Number(yearText);
  const [first, last] = !part ? [1, 12] : part.startsWith("Q") ? [Number(part.slice(1)) * 3 - 2, Number(part.slice(1)) * 3] : [Number(part), Number(part)];
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return { start: iso(new Date(Date.UTC(year, first - 1, 1))), end: iso(new Date(Date.UTC(year, last, 0))) };
}

/** The latest period of that frequency that has ended by `today` (ISO): what a request asks for by default. */
export function lastCompletedPeriod(frequency: KpiFrequency, today: string): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  if (frequency === "annual") return String(y - 1);
  if (frequency === "monthly") return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
  const quarter = Math.ceil(m / 3) - 1;
  return quarter === 0 ? `${y - 1}-Q4` : `${y}-Q${quarter}`;
}

export const FREQUENCY_LABELS: Record<KpiFrequency, string> = { monthly: "Monthly", quarterly: "Quarterly", annual: "Annual" };
