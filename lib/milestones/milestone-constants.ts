/** Shared by the server schemas and the client form, without pulling zod schemas into the browser. */
export const MILESTONE_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "DELAYED"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** How each status reads wherever it is named: badges, charts and audit sentences. */
export const MILESTONE_STATUS_LABEL: Record<MilestoneStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  DELAYED: "Delayed",
};
