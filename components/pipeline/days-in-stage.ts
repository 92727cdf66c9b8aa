const DAY_MS = 86_400_000;

/** "today", "1 day", "12 days" since the deal entered its stage. */
export function daysInStage(enteredAt: string, now = Date.now()): string {
  const days = Math.floor((now - Date.parse(enteredAt)) / DAY_MS);
  if (days <= 0) return "today";
  return days === 1 ? "1 day" : `${days} days`;
}
