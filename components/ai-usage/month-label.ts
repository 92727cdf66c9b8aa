import { format } from "date-fns";
import { monthStart } from "@/lib/ai-usage/usage-month";

/** "November 2026" for "2026-11"; midday on the 1st reads as the same month in every time zone. */
export function monthLabel(month: string): string {
  return format(new Date(monthStart(month).getTime() + 12 * 3_600_000), "MMMM yyyy");
}
