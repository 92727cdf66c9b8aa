import { refreshMilestoneDelays } from "./projects/refresh-milestone-delays";

/** Every job of the platform: served to Inngest and run by the embedded runner. */
export const jobs = [refreshMilestoneDelays];
