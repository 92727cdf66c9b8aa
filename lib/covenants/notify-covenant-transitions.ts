import { createNotifications } from "@/lib/notifications/create-notifications";
import { listHoldingTeam } from "./list-holding-team";
import { covenantTransitionContent } from "./covenant-notification-content";
import type { CovenantTransition } from "./record-covenant-check";

/** Tells each holding's team (in the app, and by mail through their preferences) of its covenants' changes of status. */
export async function notifyCovenantTransitions(orgId: string, transitions: readonly CovenantTransition[]): Promise<void> {
  if (transitions.length === 0) return;
  const teams = await listHoldingTeam(orgId, [...new Set(transitions.map((t) => t.covenant.holding.id))]);
  for (const t of transitions) {
    const c = t.covenant;
    const content = covenantTransitionContent({
      checkId: t.checkId,
      covenantName: c.name,
      projectName: c.holding.project.name,
      portfolioId: c.holding.portfolioId,
      holdingId: c.holding.id,
      to: t.to,
      value: t.value,
      threshold: (t.to === "WARNING" ? (c.thresholdWarning ?? c.thresholdBreach) : c.thresholdBreach).toFixed(4),
      operator: c.operator,
    });
    if (content) await createNotifications(teams.get(c.holding.id) ?? [], content);
  }
}
