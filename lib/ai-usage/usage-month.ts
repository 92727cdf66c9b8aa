/** How far back the usage pages go: the budget is monthly, and a year shows the trend. */
export const MONTHS_SHOWN = 12;

/**
 * A calendar month in UTC, written "2026-11": the `?month=` of the usage pages. A plain pattern,
 * not zod: the month picker imports this module, and zod would add ~30 KB gzip to its page.
 */
const USAGE_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function monthStart(month: string): Date {
  const [year, index] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, index - 1, 1));
}

/** The first instant of the month after: ranges are [monthStart, monthEnd). */
export function monthEnd(month: string): Date {
  const start = monthStart(month);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** The months a person may pick, newest (the current one) first. */
export function selectableMonths(now = new Date()): string[] {
  return Array.from({ length: MONTHS_SHOWN }, (_, back) => monthKey(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1))));
}

/** The month asked for in the URL if it is one of the selectable ones; the current month otherwise. */
export function resolveUsageMonth(requested: unknown, now = new Date()): string {
  const months = selectableMonths(now);
  return typeof requested === "string" && USAGE_MONTH.test(requested) && months.includes(requested) ? requested : months[0]!;
}
