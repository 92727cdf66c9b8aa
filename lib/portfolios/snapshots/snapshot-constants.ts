/**
 * What metric_snapshots holds for portfolios, zod-free so client components can name the metrics.
 * Multiples follow the portfolio page's cards: MOIC gross, TVPI, DPI and RVPI net (fees paid in).
 */
export const SNAPSHOT_METRICS = ["nav", "net_irr", "gross_irr", "moic", "tvpi", "dpi", "rvpi", "paid_in", "distributed"] as const;
export type SnapshotMetric = (typeof SNAPSHOT_METRICS)[number];

/** entity_type of the rows, as the audit log names the same records. */
export const SNAPSHOT_ENTITY = { portfolio: "Portfolio", holding: "PortfolioHolding" } as const;

/** A backfill covers at most ten years of days (3,653 with leap days). */
export const MAX_BACKFILL_DAYS = 3_653;

/** The backfill job's id, so the page can find its run and progress. */
export const BACKFILL_JOB_ID = "portfolio-backfill-metric-snapshots";
