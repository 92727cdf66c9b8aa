import type { PROJECT_STAGES, PROJECT_STATUSES, PROJECT_TYPES } from "./project-options";

/**
 * The projects list's state as its URL carries it, and writing it back. Zod-free, so the list's
 * client components can import it: zod would add ~30 KB gzip to the page. Reading the URL (with
 * its fallbacks for hand-edited links) is ./list-projects-query's, on the server.
 */
export const PROJECT_SORT_KEYS = ["name", "status", "stage", "type", "country", "investment", "targetClose", "updated"] as const;
export type ProjectSortKey = (typeof PROJECT_SORT_KEYS)[number];
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
export const DEFAULT_SORT = { sort: "updated", dir: "desc" } as const;

export type ListProjectsQuery = {
  q: string;
  status: (typeof PROJECT_STATUSES)[number][];
  stage: (typeof PROJECT_STAGES)[number][];
  type: (typeof PROJECT_TYPES)[number][];
  country: string[];
  sort: ProjectSortKey;
  dir: "asc" | "desc";
  page: number;
  size: number;
};

/** True when the query narrows the rows (sorting and paging do not). */
export function hasProjectFilters(query: ListProjectsQuery): boolean {
  return Boolean(query.q) || [query.status, query.stage, query.type, query.country].some((values) => values.length > 0);
}

/**
 * The URL search string of a query (no leading "?"): defaults are left out and list commas are
 * not escaped, so links stay short and readable (`status=ACTIVE,DRAFT&sort=investment&dir=desc`).
 */
export function toProjectsSearch(query: ListProjectsQuery, options: { paging?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of ["status", "stage", "type", "country"] as const) {
    if (query[key].length > 0) params.set(key, query[key].join(","));
  }
  if (query.sort !== DEFAULT_SORT.sort || query.dir !== DEFAULT_SORT.dir) {
    params.set("sort", query.sort);
    params.set("dir", query.dir);
  }
  if (options.paging !== false) {
    if (query.page > 1) params.set("page", String(query.page));
    if (query.size !== DEFAULT_PAGE_SIZE) params.set("size", String(query.size));
  }
  return params.toString().replace(/%2C/g, ",");
}
