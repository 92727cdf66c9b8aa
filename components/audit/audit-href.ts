import type { AuditQuery } from "@/lib/audit/schemas";

export type AuditFilterState = Partial<Omit<AuditQuery, "page" | "pageSize">> & { page?: number; pageSize?: number };

/** The URL of the log with some filters changed; defaults (page 1, 25 rows) are left out of it. */
export function auditHref(basePath: string, current: AuditFilterState, patch: AuditFilterState = {}): string {
  const next = { ...current, ...patch };
  const params = new URLSearchParams();
  for (const key of ["user", "action", "entityType", "from", "to"] as const) {
    const value = next[key];
    if (value) params.set(key, value);
  }
  if (next.pageSize && next.pageSize !== 25) params.set("pageSize", String(next.pageSize));
  if (next.page && next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

export const hasAuditFilters = (query: AuditFilterState) => Boolean(query.user || query.action || query.entityType || query.from || query.to);
