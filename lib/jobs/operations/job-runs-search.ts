/**
 * The jobs pages' URL state as the filters write it. Zod-free, so client components can import
 * it: zod would add ~30 KB gzip to their pages (the parsing schema is in ./schemas).
 */
export const JOB_RUN_STATUSES = ["QUEUED", "RUNNING", "COMPLETED", "FAILED"] as const;
export type JobRunStatusValue = (typeof JOB_RUN_STATUSES)[number];
export const JOB_RUN_PAGE_SIZES = [25, 50, 100] as const;

export type JobRunsSearch = { status?: JobRunStatusValue; kind?: string; page?: number; pageSize?: number };

/** The URL search string of a query (no "?"), defaults left out. */
export function toJobRunsSearch(query: JobRunsSearch): string {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.kind) params.set("kind", query.kind);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== JOB_RUN_PAGE_SIZES[0]) params.set("pageSize", String(query.pageSize));
  return params.toString();
}
