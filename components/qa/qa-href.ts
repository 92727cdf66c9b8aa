import type { ListQuestionsQuery } from "@/lib/qa/schemas";

/** The Q&A table's query string, as the filters form posts it: the same for the table, its pages and the Excel export. */
export function qaSearchParams(query: ListQuestionsQuery, overrides: { page?: number } = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of query.status ?? []) params.append("status", status);
  for (const priority of query.priority ?? []) params.append("priority", priority);
  for (const category of query.category ?? []) params.append("category", category);
  if (query.project) params.set("project", query.project);
  if (query.room) params.set("room", query.room);
  if (query.assignee) params.set("assignee", query.assignee);
  if (query.overdue) params.set("overdue", "1");
  if (query.q) params.set("q", query.q);
  if (query.sort) params.set("sort", query.sort);
  const page = overrides.page ?? query.page;
  if (page && page > 1) params.set("page", String(page));
  return params;
}

export function qaHref(base: "/qa" | "/api/qa/export", query: ListQuestionsQuery, overrides: { page?: number } = {}): string {
  const search = qaSearchParams(query, overrides).toString();
  return search ? `${base}?${search}` : base;
}

export function hasQaFilters(query: ListQuestionsQuery): boolean {
  return Boolean(query.status?.length || query.priority?.length || query.category?.length || query.project || query.room || query.assignee || query.overdue || query.q);
}
