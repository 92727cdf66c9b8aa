import { monthStart } from "@/lib/ai-usage/usage-month";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "November 2026" for "2026-11" (the month in UTC, as the usage pages count it; no date-fns: ~4 KB gzip on the page). */
export function monthLabel(month: string): string {
  const start = monthStart(month);
  return `${MONTHS[start.getUTCMonth()]} ${start.getUTCFullYear()}`;
}
