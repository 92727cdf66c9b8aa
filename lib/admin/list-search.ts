/**
 * The admin lists' choices and URL state as the filters write it. Zod-free, so client components
 * can import it: zod would add ~30 KB gzip to their pages (the parsing schemas are in ./schemas).
 */
export const ORG_TYPES = ["ALLY", "INVESTOR", "ADMIN"] as const;
export const SUBSCRIPTION_TIERS = ["foundation", "professional", "enterprise"] as const;
export const SUBSCRIPTION_STATUSES = ["trial", "active", "past_due", "cancelled", "suspended"] as const;
export const ORG_SORT_KEYS = ["name", "type", "tier", "status", "users", "aiSpend", "storage", "lastActivity"] as const;
export type OrgSortKey = (typeof ORG_SORT_KEYS)[number];
export const ORG_PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_ORG_SORT = { sort: "name", dir: "asc" } as const;

/**
 * Suspension has its own confirmed action (and reinstatement restores what was there before), so
 * the status form offers the billing states only.
 */
export const EDITABLE_STATUSES = ["trial", "active", "past_due", "cancelled"] as const;

export const PLATFORM_AUDIT_PAGE_SIZES = [25, 50, 100] as const;

/** The organisations list's query as its URL carries it (OrgListQuery, parsed by ./schemas). */
export type OrgListSearch = {
  q?: string;
  type?: (typeof ORG_TYPES)[number];
  tier?: (typeof SUBSCRIPTION_TIERS)[number];
  status?: (typeof SUBSCRIPTION_STATUSES)[number];
  sort?: OrgSortKey;
  dir?: "asc" | "desc";
  page?: number;
  pageSize?: number;
};

/** The URL search string of a query (no "?"), defaults left out. */
export function toOrgListSearch(query: OrgListSearch): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.type) params.set("type", query.type);
  if (query.tier) params.set("tier", query.tier);
  if (query.status) params.set("status", query.status);
  if ((query.sort && query.sort !== DEFAULT_ORG_SORT.sort) || (query.dir && query.dir !== DEFAULT_ORG_SORT.dir)) {
    params.set("sort", query.sort ?? DEFAULT_ORG_SORT.sort);
    params.set("dir", query.dir ?? DEFAULT_ORG_SORT.dir);
  }
  if (query.page && query.page > 1) params.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== ORG_PAGE_SIZES[0]) params.set("pageSize", String(query.pageSize));
  return params.toString();
}

export const hasOrgListFilters = (query: OrgListSearch) => Boolean(query.q || query.type || query.tier || query.status);

/** The platform audit search's query as its URL carries it (PlatformAuditQuery, parsed by ./schemas). */
export type PlatformAuditSearch = { org?: string; q?: string; entityType?: string; user?: string; from?: string; to?: string; page?: number; pageSize?: number };

export function toPlatformAuditSearch(query: PlatformAuditSearch): string {
  const params = new URLSearchParams();
  for (const key of ["org", "q", "entityType", "user", "from", "to"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.page && query.page > 1) params.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== PLATFORM_AUDIT_PAGE_SIZES[0]) params.set("pageSize", String(query.pageSize));
  return params.toString();
}

export const hasPlatformAuditFilters = (query: PlatformAuditSearch) => Boolean(query.org || query.q || query.entityType || query.user || query.from || query.to);
