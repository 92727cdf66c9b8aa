import { appUrl } from "../../lib/email/mail-config";
import { newGuestInviteToken } from "../../lib/deal-rooms/guests/guest-invite-token";
import { guestInvitePath } from "../../lib/deal-rooms/guests/guest-rules";
import { renderGuestInviteEmail } from "../../lib/deal-rooms/guests/render-guest-invite-email";
import { ndaSha256 } from "../../lib/deal-rooms/nda-sha256";
import type { FactoryDb } from "../factories";
import { documentId } from "./dataroom-documents";
import { TURKANA_NDA } from "./deal-room-ndas";
import { dealRoomId } from "./seed-deal-rooms";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";

const ROOM = "Turkana Solar Park - Equity Raise";
const BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
/** Northwind's external counsel, invited by Amara into the Turkana room; she joined and read the PPA term sheet. */
const INES = { id: demoId("helios/deal-room/turkana/guest/ines"), email: "ines.moreau@lakeside-legal.example", name: "Ines Moreau", ip: "51.15.102.33" };
/** An adviser Amara invited this week who has not used the link yet: the mail is in the dev mailbox, so a newcomer can follow it. */
const KAMAU = { id: demoId("helios/deal-room/turkana/guest/kamau"), email: "kamau.otieno@eastafrica-advisory.example" };

/** Outside guests of the Turkana room: one joined (NDA accepted, a document read), one invited and waiting. */
export async function seedDealRoomGuests(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users } = ctx;
  const room = dealRoomId("turkana");
  const joinedAt = daysAgo(20, 16);
  await db.dealRoomGuest.createMany({
    skipDuplicates: true,
    data: [
      {
        id: INES.id,
        dealRoomId: room,
        orgId: orgs.helios,
        email: INES.email,
        name: INES.name,
        accessLevel: "viewer",
        canSeeFinancial: false,
        // Used, so no working link: the hash of a token nobody holds.
        inviteTokenHash: newGuestInviteToken().hash,
        inviteExpiresAt: daysAgo(14, 10),
        invitedBy: users.amara,
        invitedAt: daysAgo(21, 10),
        redeemedAt: joinedAt,
        redeemedIp: INES.ip,
      },
    ],
  });
  await db.ndaAcceptance.createMany({
    skipDuplicates: true,
    data: [
      {
        id: demoId("helios/deal-room/turkana/ines/nda"),
        dealRoomId: room,
        guestId: INES.id,
        orgId: orgs.helios,
        typedName: INES.name,
        ip: INES.ip,
        userAgent: BROWSER,
        ndaSha256: ndaSha256(TURKANA_NDA),
        acceptedAt: joinedAt,
      },
    ],
  });
  await db.documentAccessLog.createMany({
    skipDuplicates: true,
    data: [
      {
        id: demoId("turkana/access/ines-views-term-sheet"),
        documentId: documentId("ppa-term-sheet-v2"),
        orgId: orgs.helios,
        userId: null,
        action: "VIEWED",
        ipAddress: INES.ip,
        userAgent: BROWSER,
        metadata: { version: 2, watermarked: true, via: "deal_room", dealRoomId: room, guestId: INES.id, viewerName: INES.name, viewerEmail: INES.email },
        createdAt: daysAgo(20, 16.2),
      },
    ],
  });
  const invited = { name: ROOM, accessLevel: "viewer", canSeeFinancial: false, reinvited: false };
  await db.auditLog.createMany({
    skipDuplicates: true,
    data: [
      {
        id: demoId("audit/helios/deal-room/guest-invited/ines"),
        orgId: orgs.helios,
        userId: users.amara,
        action: "deal_room.guest_invited",
        entityType: "DealRoom",
        entityId: room,
        changes: { after: { ...invited, guestEmail: INES.email, expiresAt: daysAgo(14, 10).toISOString() } },
        ipAddress: "196.201.214.17",
        timestamp: daysAgo(21, 10),
      },
      {
        id: demoId("audit/helios/deal-room/guest-joined/ines"),
        orgId: orgs.helios,
        userId: null,
        action: "deal_room.guest_joined",
        entityType: "DealRoom",
        entityId: room,
        changes: { after: { name: ROOM, guestEmail: INES.email, guestName: INES.name, ndaSha256: ndaSha256(TURKANA_NDA) } },
        ipAddress: INES.ip,
        userAgent: BROWSER,
        timestamp: joinedAt,
      },
    ],
  });
  await db.auditLogActor.createMany({ skipDuplicates: true, data: [{ auditLogId: demoId("audit/helios/deal-room/guest-joined/ines"), kind: "guest", ref: INES.id }] });
  await seedWaitingInvite(db, ctx, room);
}

/**
 * The waiting invite is the one demo row dated from the real clock: its link must still work when a
 * newcomer seeds and clicks it. Its token is random per database, and only a first seed mails it.
 */
async function seedWaitingInvite(db: FactoryDb, ctx: DemoContext, room: string) {
  const { token, hash } = newGuestInviteToken();
  const invitedAt = new Date();
  const expiresAt = new Date(invitedAt.getTime() + 7 * 86_400_000);
  const created = await db.dealRoomGuest.createMany({
    skipDuplicates: true,
    data: [
      {
        id: KAMAU.id,
        dealRoomId: room,
        orgId: ctx.orgs.helios,
        email: KAMAU.email,
        accessLevel: "downloader",
        canSeeFinancial: false,
        inviteTokenHash: hash,
        inviteExpiresAt: expiresAt,
        invitedBy: ctx.users.amara,
        invitedAt,
      },
    ],
  });
  if (created.count === 0) return;
  await db.auditLog.create({
    data: {
      orgId: ctx.orgs.helios,
      userId: ctx.users.amara,
      action: "deal_room.guest_invited",
      entityType: "DealRoom",
      entityId: room,
      changes: {
        after: { name: ROOM, guestEmail: KAMAU.email, accessLevel: "downloader", canSeeFinancial: false, expiresAt: expiresAt.toISOString(), reinvited: false },
      },
      ipAddress: "196.201.214.17",
      timestamp: invitedAt,
    },
  });
  const mail = await renderGuestInviteEmail({
    to: KAMAU.email,
    allyOrgName: "Helios Renewables",
    inviterName: "Amara Okafor",
    roomName: ROOM,
    projectName: "Turkana Solar Park",
    url: appUrl(guestInvitePath(token)),
    expiresAt,
    ndaRequired: true,
  });
  await db.devMailboxMessage.create({ data: mail });
}
