/** The statuses of a match, in inbox order. Safe for client components. */
export const MATCH_STATUSES = ["SUGGESTED", "VIEWED", "INTERESTED", "DECLINED", "CONNECTED", "WITHDRAWN"] as const;
export type MatchStatusName = (typeof MATCH_STATUSES)[number];
