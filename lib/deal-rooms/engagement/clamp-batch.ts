import { ENGAGEMENT_MAX_BATCH_MS } from "./engagement-options";

export type PageSeconds = { page: number; seconds: number };

/**
 * What a batch may add, page by page, in whole seconds: entries for one page merged, pages past
 * the document's end dropped, each page and then the whole batch cut to ENGAGEMENT_MAX_BATCH_MS
 * (scaled down proportionally), pages that round to 0 s left out. Ordered by page.
 */
export function clampBatch(pages: readonly { page: number; ms: number }[], pageCount: number | null): PageSeconds[] {
  const byPage = new Map<number, number>();
  for (const { page, ms } of pages) {
    if (pageCount !== null && page > pageCount) continue;
    byPage.set(page, Math.min(ENGAGEMENT_MAX_BATCH_MS, (byPage.get(page) ?? 0) + ms));
  }
  const total = [...byPage.values()].reduce((sum, ms) => sum + ms, 0);
  const scale = total > ENGAGEMENT_MAX_BATCH_MS ? ENGAGEMENT_MAX_BATCH_MS / total : 1;
  return [...byPage.entries()]
    .map(([page, ms]) => ({ page, seconds: Math.floor((ms * scale) / 1000 + 0.5) }))
    .filter((entry) => entry.seconds > 0)
    .sort((a, b) => a.page - b.page);
}
