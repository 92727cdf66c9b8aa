import type { CovenantStatus } from "@/lib/db/generated/client";
import type { NotificationContent } from "@/lib/notifications/notification-content";
import { formatDecimal } from "@/lib/audit/format-audit-value";

type Facts = {
  checkId: string;
  covenantName: string;
  projectName: string;
  portfolioId: string;
  holdingId: string;
  to: CovenantStatus;
  value: string;
  threshold: string;
  operator: string;
};

const WORDS: Partial<Record<CovenantStatus, { kind: NotificationContent["kind"]; verb: string }>> = {
  BREACH: { kind: "warning", verb: "is in breach" },
  WARNING: { kind: "warning", verb: "is near its limit" },
  OK: { kind: "info", verb: "is back within its limits" },
};

/** What a covenant's change of status tells the holding's team. Keyed by the check, so each change notifies once. */
export function covenantTransitionContent(facts: Facts): NotificationContent | null {
  const words = WORDS[facts.to];
  if (!words) return null;
  const limit = facts.to === "OK" ? "" : ` (${facts.to === "BREACH" ? "breach" : "warning"} level ${facts.operator} ${formatDecimal(facts.threshold)})`;
  return {
    kind: words.kind,
    title: `${facts.covenantName} on ${facts.projectName} ${words.verb}`,
    message: `The latest check read ${formatDecimal(facts.value)}${limit}.`,
    link: `/portfolios/${facts.portfolioId}/holdings/${facts.holdingId}#covenants`,
    sourceKey: `covenant.${facts.to.toLowerCase()}:${facts.checkId}`,
  };
}
