import { roomMentionContent } from "../../lib/deal-rooms/messages/room-message-notification";
import { createNotification, type FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";
import { dealRoomId } from "./seed-deal-rooms";

type Person = "amara" | "david" | "priya" | "james";
type DemoMessage = { key: string; by: Person; at: Date; body: string; replyTo?: string; mention?: Person[]; readAfter?: number };

const TURKANA_ROOM = "Turkana Solar Park - Equity Raise";
const HELIOS: Person[] = ["amara", "david"];

/** The Turkana room's conversation, after Priya (53 days ago) and James (12 days ago) accepted the NDA. */
const MESSAGES: DemoMessage[] = [
  {
    key: "yield-walkthrough",
    by: "priya",
    at: daysAgo(45, 10),
    body: "Thank you for opening the room. Before our pre-IC read we would like someone to walk us through the P50-P90 energy yield assessment, in particular the soiling and curtailment losses.",
    mention: ["amara"],
  },
  {
    key: "yield-walkthrough/reply",
    by: "amara",
    replyTo: "yield-walkthrough",
    at: daysAgo(45, 14),
    body: "Of course. David, our technical director, wrote the loss assumptions with the consultant and will send you an invitation for this week.",
    mention: ["david", "priya"],
  },
  {
    key: "rap",
    by: "james",
    at: daysAgo(8, 11),
    body: "The ESIA mentions a resettlement action plan for two households along the access road. Is the RAP final, and could it be shared in this room?",
    mention: ["amara"],
  },
  {
    key: "rap/reply",
    by: "amara",
    replyTo: "rap",
    at: daysAgo(7, 9),
    body: "It is being finalised with the county government; we will share it here as soon as it is signed, expected before the end of the month.",
  },
  {
    key: "diligence",
    by: "priya",
    at: daysAgo(2, 16),
    body: "We have moved Turkana into due diligence on our side. Expect our technical adviser's questions through Q&A this week.",
  },
];

/** The messages, their audit entries (as postRoomMessage writes them) and the mention notifications, worded by the app's own function. */
export async function seedDealRoomMessages(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users, projects } = ctx;
  const idOf = (key: string) => demoId(`helios/deal-room/turkana/message/${key}`);
  const orgOf = (person: Person) => (HELIOS.includes(person) ? orgs.helios : orgs.northwind);
  const names = new Map((await db.user.findMany({ where: { id: { in: Object.values(users) } }, select: { id: true, fullName: true } })).map((u) => [u.id, u.fullName]));
  const nameOf = (person: Person) => names.get(users[person])!;
  await db.dealRoomMessage.createMany({
    skipDuplicates: true,
    data: MESSAGES.map((m) => ({
      id: idOf(m.key),
      dealRoomId: dealRoomId("turkana"),
      orgId: orgOf(m.by),
      authorId: users[m.by],
      parentId: m.replyTo ? idOf(m.replyTo) : null,
      body: m.body,
      mentionedUserIds: (m.mention ?? []).map((person) => users[person]),
      createdAt: m.at,
    })),
  });
  await db.auditLog.createMany({
    skipDuplicates: true,
    data: MESSAGES.map((m) => ({
      id: demoId(`audit/deal-room/turkana/message/${m.key}`),
      orgId: orgOf(m.by),
      userId: users[m.by],
      action: "deal_room.message_posted",
      entityType: "DealRoom",
      entityId: dealRoomId("turkana"),
      changes: { after: { name: TURKANA_ROOM, messageId: idOf(m.key), reply: Boolean(m.replyTo), mentioned: (m.mention ?? []).map(nameOf) } },
      timestamp: m.at,
    })),
  });
  for (const m of MESSAGES) {
    for (const person of m.mention ?? []) {
      if (person === m.by) continue;
      const content = roomMentionContent({
        messageId: idOf(m.key),
        roomId: dealRoomId("turkana"),
        projectId: projects.turkana.id,
        roomName: TURKANA_ROOM,
        authorName: nameOf(m.by),
        body: m.body,
        recipientSide: HELIOS.includes(person) ? "ally" : "member",
      });
      // Read when the person next wrote in the room; the last mention waits unread.
      const next = MESSAGES.find((later) => later.by === person && later.at > m.at);
      await createNotification(db, { orgId: orgOf(person), userId: users[person], ...content, createdAt: m.at, readAt: next?.at ?? null });
    }
  }
}
