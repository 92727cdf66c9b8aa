/** The event that queues a Signal Score run (payload: orgId, projectId, scoreId). */
export const SIGNAL_SCORE_REQUESTED = "signal_score/score.requested" as const;

/** A relevant write committed: the project's score is due again (payload: orgId, projectId, reason). Debounced per project. */
export const SIGNAL_SCORE_RESCORE_WANTED = "signal_score/rescore.wanted" as const;
