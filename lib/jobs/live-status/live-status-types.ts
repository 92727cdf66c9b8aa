/**
 * What a page polls while a job works on something it shows: per watched id, the status the page
 * would render and how far the work has got. Pure, so client components share it with the route.
 */
export const LIVE_STATUS_KINDS = ["score", "document", "redaction", "org-jobs", "platform-jobs", "deal-screen", "investment-memo"] as const;
export type LiveStatusKind = (typeof LIVE_STATUS_KINDS)[number];

export type LiveStatusItem = {
  /** The status the page renders (a document's READY, a redaction's "review"); a difference means the page is stale. */
  status: string;
  /** Whether work is still under way, so polling should go on. */
  active: boolean;
  /** Anything else that moves while the status stands still (pages read, runs finished); null when nothing does. */
  progress: string | null;
};

/** Keyed by the watched id; an id the tenant may not see (or that is gone) is absent. */
export type LiveStatusSnapshot = Record<string, LiveStatusItem>;

/** The one id the job-list kinds answer for: they watch the whole list, not one entity. */
export const ALL_JOBS_ID = "all";

export function progressToken(progress: { done: number; total: number } | null | undefined): string | null {
  return progress ? `${progress.done}/${progress.total}` : null;
}
