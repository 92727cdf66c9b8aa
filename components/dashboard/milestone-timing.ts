import { differenceInCalendarDays, format, parseISO } from "date-fns";

/** "Due today", "In 3 days", "12 days overdue", against today's date. */
export function describeMilestoneTiming(targetDate: string, today: Date = new Date()): { text: string; overdue: boolean } {
  const days = differenceInCalendarDays(parseISO(targetDate), today);
  if (days === 0) return { text: "Due today", overdue: false };
  if (days > 0) return { text: days === 1 ? "Due tomorrow" : `In ${days} days`, overdue: false };
  const late = -days;
  return { text: late === 1 ? "1 day overdue" : `${late} days overdue`, overdue: true };
}

export function formatDateOnly(targetDate: string): string {
  return format(parseISO(targetDate), "d MMM yyyy");
}
