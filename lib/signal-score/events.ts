/** The event that queues a Signal Score run (payload: orgId, projectId, scoreId). */
export const SIGNAL_SCORE_REQUESTED = "signal_score/score.requested" as const;
