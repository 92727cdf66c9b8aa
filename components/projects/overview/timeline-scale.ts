const DAY_MS = 24 * 60 * 60 * 1000;

/** YYYY-MM-DD (a DATE column) to epoch ms at UTC midnight: chart positions only. */
export const dayToMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The time window the timeline shows: every date and today, with a month of air either side. */
export function timelineDomain(days: number[], today: number): [number, number] {
  const all = [...days, today];
  return [Math.min(...all) - 30 * DAY_MS, Math.max(...all) + 30 * DAY_MS];
}

/** First-of-month ticks, spaced so there are at most `maxTicks` of them. */
export function monthTicks([from, to]: [number, number], maxTicks = 6): number[] {
  const start = new Date(from);
  const months: number[] = [];
  for (let cursor = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1); cursor <= to; ) {
    months.push(cursor);
    const date = new Date(cursor);
    cursor = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
  const step = Math.max(1, Math.ceil(months.length / maxTicks));
  return months.filter((_, index) => index % step === 0);
}

/** Dates are UTC midnights: format them in UTC, or a browser west of Greenwich shows the day before. */
export function formatUtc(ms: number, style: "day" | "month"): string {
  const options: Intl.DateTimeFormatOptions =
    style === "day" ? { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" } : { timeZone: "UTC", month: "short", year: "numeric" };
  return new Date(ms).toLocaleDateString("en-GB", options);
}
