import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { MATCH_STATUS_LABELS, type MatchInitiatorName, type MatchSide } from "@/lib/matching/inbox/match-transitions";
import type { MatchStatusName } from "@/lib/matching/match-statuses";

const VARIANT: Record<MatchStatusName, BadgeVariant> = {
  SUGGESTED: "info",
  VIEWED: "outline",
  INTERESTED: "warning",
  CONNECTED: "success",
  DECLINED: "muted",
  WITHDRAWN: "muted",
};

export function MatchStatusBadge({ status }: { status: MatchStatusName }) {
  return <Badge variant={VARIANT[status]}>{MATCH_STATUS_LABELS[status]}</Badge>;
}

/** Who started the match, in the reader's words. */
export function initiatorText(initiatedBy: MatchInitiatorName, side: MatchSide): string {
  // The ally only ever sees a suggestion once the investor took it up.
  if (initiatedBy === "SYSTEM") return side === "investor" ? "Suggested by matching" : "The investor, from a suggestion";
  if (initiatedBy === "INVESTOR") return side === "investor" ? "Your interest" : "The investor";
  return side === "ally" ? "Your proposal" : "Proposed by the developer";
}
