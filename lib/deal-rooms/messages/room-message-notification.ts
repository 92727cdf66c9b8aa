import type { NotificationContent } from "@/lib/notifications/notification-content";

type MentionFacts = { messageId: string; roomId: string; projectId: string; roomName: string; authorName: string; body: string; recipientSide: "ally" | "member" };

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text);

/** What a mention tells the person named, with the room as their side opens it. No database here: the seed words it alike. */
export function roomMentionContent(facts: MentionFacts): NotificationContent {
  const room = facts.recipientSide === "ally" ? `/projects/${facts.projectId}/deal-rooms/${facts.roomId}` : `/deal-rooms/${facts.roomId}`;
  return {
    kind: "mention",
    title: `${facts.authorName} mentioned you in ${facts.roomName}`,
    message: `"${excerpt(facts.body)}"`,
    link: `${room}#message-${facts.messageId}`,
    sourceKey: `deal_room.mention:${facts.messageId}`,
  };
}
