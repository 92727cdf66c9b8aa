import type { CovenantDraft } from "./suggest-covenant";

/** A link to a holding's covenant form prefilled with a draft (read back by parseCovenantDraft). Safe for client components. */
export function covenantDraftHref(holding: { id: string; portfolioId: string }, draft: CovenantDraft): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => value && params.set(key, value);
  set("covenantName", draft.name);
  set("covenantMetric", draft.metricName);
  set("covenantOperator", draft.operator);
  set("covenantLevel", draft.thresholdBreach);
  set("covenantNote", draft.notes);
  return `/portfolios/${holding.portfolioId}/holdings/${holding.id}?${params.toString()}#set-covenant`;
}
