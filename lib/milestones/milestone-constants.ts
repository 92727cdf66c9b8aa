/** Shared by the server schemas and the client form, without pulling zod schemas into the browser. */
export const MILESTONE_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "DELAYED"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
