const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * One rendering of instants everywhere in the data room, in UTC so server and browser agree:
 * "6 Dec 2026, 09:05 UTC". Written out rather than with date-fns's format, whose formatter and
 * locale would add ~4 KB gzip to every data room page.
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}
