const DAY_MS = 24 * 60 * 60 * 1000;

/** Milestone dates are DATE columns read back as UTC midnight, so day arithmetic stays in UTC. */
export function addUtcDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** YYYY-MM-DD of a DATE column value. */
export function toDateOnly(value: Date): string {
  return value.toISOString().slice(0, 10);
}
