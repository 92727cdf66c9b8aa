import { isoDay } from "@/lib/fx/fx-table";

/** Today's UTC day, as flow dates are stored. */
export function todayIso(now: Date = new Date()): string {
  return isoDay(now);
}

export const dayOf = (date: Date) => isoDay(date);
