/** A response time in words: 24 -> "1 day", 120 -> "5 days", 36 -> "36 hours". */
export function formatHours(hours: number): string {
  if (hours % 24 === 0) return `${hours / 24} day${hours === 24 ? "" : "s"}`;
  return `${hours} hour${hours === 1 ? "" : "s"}`;
}
