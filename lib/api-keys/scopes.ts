/** What a key may be granted; each API endpoint names the one scope it needs. */
export const API_SCOPES = [
  "projects:read",
  "projects:write",
  "documents:read",
  "documents:write",
  "scores:read",
  "matches:read",
  "qa:read",
  "qa:write",
  "portfolios:read",
  "portfolios:write",
  "webhooks:manage",
] as const;

export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScope, string> = {
  "projects:read": "Read projects",
  "projects:write": "Create and edit projects",
  "documents:read": "Read documents",
  "documents:write": "Upload documents",
  "scores:read": "Read Signal Scores",
  "matches:read": "Read matches",
  "qa:read": "Read Q&A",
  "qa:write": "Ask and answer questions",
  "portfolios:read": "Read portfolios",
  "portfolios:write": "Record holdings and cash flows",
  "webhooks:manage": "Manage webhooks",
};

/** Scopes as stored (a JSON array): anything unknown is dropped, so a stale row grants nothing extra. */
export function readScopes(value: unknown): ApiScope[] {
  if (!Array.isArray(value)) return [];
  return API_SCOPES.filter((scope) => value.includes(scope));
}
