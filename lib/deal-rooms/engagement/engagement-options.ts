/**
 * The viewer's recording rhythm, shared by the browser hook and the endpoint (no zod here: the
 * client imports it). The server trusts a batch only as far as this rhythm allows.
 */

/** The viewer sends what it measured every 15 s, and when the tab is hidden or closed. */
export const ENGAGEMENT_FLUSH_INTERVAL_MS = 15_000;

/**
 * The most one batch may add: two flush intervals (a timer fired late, a flush on hide just
 * after one on schedule). More per page, or more in total, is cut down to it, so a forged batch
 * cannot add hours.
 */
export const ENGAGEMENT_MAX_BATCH_MS = 2 * ENGAGEMENT_FLUSH_INTERVAL_MS;

/** Pages in one batch: a reader cannot see more than a few in 30 s; 200 is ample. */
export const ENGAGEMENT_MAX_PAGES_PER_BATCH = 200;

/** With no input (pointer, key, scroll, touch) for this long, the reader is away: the clock stops. */
export const ENGAGEMENT_IDLE_AFTER_MS = 60_000;

/** The endpoint of a document in a room. */
export const engagementEndpoint = (roomId: string, documentId: string) => `/api/deal-rooms/${roomId}/documents/${documentId}/engagement`;
