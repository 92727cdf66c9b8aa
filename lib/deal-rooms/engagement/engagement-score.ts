/**
 * An investor org's engagement with a room, 0 to 100, from what its people viewed of the documents
 * the org may open there. Pure, so the page, the seed's story and the tests compute it alike.
 *
 *   score = round(100 × (0.30 × documents + 0.30 × pages + 0.20 × time + 0.20 × recency))
 *
 *   documents: documents opened / documents the org may open
 *   pages:     distinct pages viewed / pages of those documents
 *   time:      seconds on each page, counting at most 60 per page, / (60 × pages of those documents)
 *   recency:   1 if last viewed today, falling by 1/30 a day to 0 at 30 days; 0 if never
 */
export const ENGAGEMENT_WEIGHTS = { documents: 0.3, pages: 0.3, time: 0.2, recency: 0.2 } as const;
export const SECONDS_COUNTED_PER_PAGE = 60;
export const RECENCY_DAYS = 30;

/** The formula in one sentence, as the ally reads it beside the scores. */
export const ENGAGEMENT_SCORE_SENTENCE =
  "Score out of 100: 30 for the share of the documents they may open that they opened, 30 for the share of those documents' pages they viewed, " +
  `20 for reading time (up to ${SECONDS_COUNTED_PER_PAGE} seconds a page counts), and 20 for recency (full if viewed today, none after ${RECENCY_DAYS} days).`;

export type EngagementInputs = {
  documentsOpened: number;
  documentsOpenable: number;
  pagesViewed: number;
  pagesTotal: number;
  /** Σ over viewed pages of min(seconds on the page, SECONDS_COUNTED_PER_PAGE) */
  cappedSeconds: number;
  lastViewedAt: Date | null;
};

export type EngagementScore = { score: number; parts: { documents: number; pages: number; time: number; recency: number } };

const share = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : 0);
const DAY_MS = 86_400_000;

export function engagementScore(inputs: EngagementInputs, now: Date): EngagementScore {
  const daysAgo = inputs.lastViewedAt ? Math.max(0, Math.floor((now.getTime() - inputs.lastViewedAt.getTime()) / DAY_MS)) : null;
  const parts = {
    documents: share(inputs.documentsOpened, inputs.documentsOpenable),
    pages: share(inputs.pagesViewed, inputs.pagesTotal),
    time: share(inputs.cappedSeconds, SECONDS_COUNTED_PER_PAGE * inputs.pagesTotal),
    recency: daysAgo === null ? 0 : Math.max(0, 1 - daysAgo / RECENCY_DAYS),
  };
  const weighted =
    ENGAGEMENT_WEIGHTS.documents * parts.documents +
    ENGAGEMENT_WEIGHTS.pages * parts.pages +
    ENGAGEMENT_WEIGHTS.time * parts.time +
    ENGAGEMENT_WEIGHTS.recency * parts.recency;
  return { score: Math.round(100 * weighted), parts };
}
