import type { NotificationContent } from "@/lib/notifications/notification-content";
import type { MatchStatusName } from "@/lib/matching/match-statuses";
import type { MatchSide } from "./match-transitions";

type MatchFacts = { matchId: string; projectName: string; actorOrgName: string };

const link = (matchId: string) => `/matches/${matchId}`;

/**
 * What the other side is told when a match moves. A move that waits on them (interest to answer,
 * a proposal to consider) asks for action; the rest are updates. `sourceKey` names the fact (the
 * outbox event of a move), so each fact notifies once even when the same status comes back later.
 */
export function matchStatusContent(facts: MatchFacts & { by: MatchSide; from: MatchStatusName | null; to: MatchStatusName; sourceKey: string }): NotificationContent {
  const { actorOrgName: who, projectName: project } = facts;
  const base = { link: link(facts.matchId), sourceKey: facts.sourceKey };
  const said = ((): Pick<NotificationContent, "kind" | "title" | "message"> => {
    if (facts.to === "INTERESTED") {
      return {
        kind: "action_required",
        title: `${who} is interested in ${project}`,
        message: `${who} showed interest in ${project}. Reply in the match's conversation, then connect or decline.`,
      };
    }
    if (facts.to === "SUGGESTED" && facts.by === "ally") {
      return {
        kind: "action_required",
        title: `${who} proposed ${project}`,
        message: `${who} proposed ${project} for one of your mandates. Open the match to express interest or decline.`,
      };
    }
    if (facts.to === "CONNECTED")
      return { kind: "info", title: `${who} connected on ${project}`, message: `${who} accepted your interest in ${project}: you are connected.` };
    if (facts.to === "DECLINED") return { kind: "info", title: `${who} declined ${project}`, message: `${who} declined your proposal of ${project}.` };
    if (facts.from === "CONNECTED")
      return { kind: "info", title: `${who} ended the connection on ${project}`, message: `${who} ended the connection on ${project}. The conversation is closed.` };
    if (facts.by === "ally" && facts.from === "INTERESTED")
      return { kind: "info", title: `${who} declined your interest in ${project}`, message: `${who} declined your interest in ${project}. The conversation is closed.` };
    if (facts.by === "ally") return { kind: "info", title: `${who} withdrew its proposal of ${project}`, message: `${who} withdrew its proposal of ${project}.` };
    return { kind: "info", title: `${who} withdrew its interest in ${project}`, message: `${who} withdrew its interest in ${project}. The conversation is closed.` };
  })();
  return { ...base, ...said };
}

export function matchMessageContent(facts: MatchFacts & { messageId: string; senderName: string; excerpt: string }): NotificationContent {
  const excerpt = facts.excerpt.length > 280 ? `${facts.excerpt.slice(0, 279)}…` : facts.excerpt;
  return {
    kind: "mention",
    title: `New message from ${facts.actorOrgName} about ${facts.projectName}`,
    message: `${facts.senderName} of ${facts.actorOrgName} wrote: “${excerpt}”`,
    link: link(facts.matchId),
    sourceKey: `match.message_posted:${facts.messageId}`,
  };
}
