import { startOfUtcDay } from "@/lib/utils/dates";
import type { MilestoneStatus } from "./milestone-constants";

/**
 * The status a milestone shows: one past its target date and not completed is DELAYED, whatever
 * is stored. The daily job (refresh-milestone-delays) writes the same rule into the table; reading
 * it here keeps pages right between runs. `targetDate` is a DATE column, read back as UTC midnight.
 */
export function effectiveMilestoneStatus(milestone: { status: MilestoneStatus; targetDate: Date }, today: Date = startOfUtcDay()): MilestoneStatus {
  if (milestone.status === "COMPLETED" || milestone.status === "DELAYED") return milestone.status;
  return milestone.targetDate < today ? "DELAYED" : milestone.status;
}
