import { ndaSha256 } from "../../lib/deal-rooms/nda-sha256";
import type { Prisma } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import { documentId } from "./dataroom-documents";
import { MT_ELGON_NDA, TURKANA_NDA } from "./deal-room-ndas";
import type { DemoContext } from "./demo-context";
import { day, daysAgo, demoId } from "./demo-ids";

export const dealRoomId = (key: "turkana" | "mt-elgon") => demoId(`helios/deal-room/${key}`);

const BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
/** The Northwind people who work in the Turkana room, with the addresses their access-log rows record. */
const PRIYA = { user: "priya" as const, typedName: "Priya Nair", ip: "81.2.69.160" };
const JAMES = { user: "james" as const, typedName: "James Whitfield", ip: "81.2.69.142" };
const TURKANA_ROOM = "Turkana Solar Park - Equity Raise";
const MT_ELGON_ROOM = "Mount Elgon Hydro - Series A";

/**
 * The versions Amara shared when the Turkana room opened (2 October); the room now shows each
 * chain's current version (Financial Model rev. 3, PPA term sheet v2), which Priya's access-log
 * rows name. The model sits in "03 Financial", so it is shared as financial.
 */
export const TURKANA_SHARES = [
  { key: "financial-model-v2", name: "Turkana Solar Park - Financial Model.xlsx", isFinancial: true },
  { key: "ppa-term-sheet-v1", name: "Kenya Power PPA - Term Sheet.pdf", isFinancial: false },
  { key: "energy-yield", name: "P50-P90 Energy Yield Assessment.pdf", isFinancial: false },
  { key: "esia", name: "Environmental & Social Impact Assessment (NEMA approved).pdf", isFinancial: false },
] as const;

/** Helios shares Turkana with Northwind in an open room; the Mount Elgon room closed when Northwind invested. */
/** When Priya accepted the Turkana NDA: from then on her screens also read what the room shares with Northwind. */
export const PRIYA_TURKANA_NDA_ACCEPTED = daysAgo(53, 15);

export async function seedDealRooms(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users, projects } = ctx;
  const turkanaOpened = daysAgo(53, 8);
  const priyaAccepted = PRIYA_TURKANA_NDA_ACCEPTED;
  // James read the ESIA in the room (his access-log row, 8 days ago), so he accepted the NDA before.
  const jamesAccepted = daysAgo(12, 14);
  const elgonClosed = day("2026-03-06");
  await db.dealRoom.createMany({
    skipDuplicates: true,
    data: [
      {
        id: dealRoomId("turkana"),
        projectId: projects.turkana.id,
        allyOrgId: orgs.helios,
        name: TURKANA_ROOM,
        status: "open",
        ndaRequired: true,
        ndaText: TURKANA_NDA,
        createdBy: users.amara,
        createdAt: turkanaOpened,
        updatedAt: daysAgo(10, 10),
      },
      {
        id: dealRoomId("mt-elgon"),
        projectId: projects.mtElgon.id,
        allyOrgId: orgs.helios,
        name: MT_ELGON_ROOM,
        status: "closed",
        ndaRequired: true,
        ndaText: MT_ELGON_NDA,
        createdBy: users.amara,
        createdAt: day("2025-11-10"),
        updatedAt: elgonClosed,
      },
    ],
  });
  await db.dealRoomMember.createMany({
    skipDuplicates: true,
    data: [
      {
        id: demoId("helios/deal-room/turkana/northwind"),
        dealRoomId: dealRoomId("turkana"),
        orgId: orgs.northwind,
        invitedBy: users.amara,
        // acceptNda stamps the member org with its latest acceptance: James's.
        ndaAcceptedAt: jamesAccepted,
        accessLevel: "downloader",
        canSeeFinancial: true,
        createdAt: daysAgo(53, 8.5),
      },
      {
        id: demoId("helios/deal-room/mt-elgon/northwind"),
        dealRoomId: dealRoomId("mt-elgon"),
        orgId: orgs.northwind,
        invitedBy: users.amara,
        ndaAcceptedAt: day("2025-11-12"),
        accessLevel: "viewer",
        canSeeFinancial: false,
        createdAt: day("2025-11-10"),
      },
    ],
  });
  await db.dealRoomDocument.createMany({
    skipDuplicates: true,
    data: TURKANA_SHARES.map((share, index) => ({
      id: demoId(`helios/deal-room/turkana/share/${share.key}`),
      dealRoomId: dealRoomId("turkana"),
      documentId: documentId(share.key),
      isFinancial: share.isFinancial,
      sharedBy: users.amara,
      sharedAt: daysAgo(53, 9 + index * 0.1),
    })),
  });
  const acceptances = [
    { key: "turkana/priya", room: "turkana" as const, text: TURKANA_NDA, at: priyaAccepted, ...PRIYA },
    { key: "turkana/james", room: "turkana" as const, text: TURKANA_NDA, at: jamesAccepted, ...JAMES },
    { key: "mt-elgon/priya", room: "mt-elgon" as const, text: MT_ELGON_NDA, at: day("2025-11-12"), ...PRIYA },
  ];
  await db.ndaAcceptance.createMany({
    skipDuplicates: true,
    data: acceptances.map((a) => ({
      id: demoId(`helios/deal-room/${a.key}/nda`),
      dealRoomId: dealRoomId(a.room),
      userId: users[a.user],
      orgId: orgs.northwind,
      typedName: a.typedName,
      ip: a.ip,
      userAgent: BROWSER,
      ndaSha256: ndaSha256(a.text),
      acceptedAt: a.at,
    })),
  });
  await db.auditLog.createMany({ skipDuplicates: true, data: dealRoomAudits(ctx, { turkanaOpened, priyaAccepted, jamesAccepted, elgonClosed }) });
}

/** The entries openDealRoom, shareRoomDocument, acceptNda and setRoomStatus write, for the rows above. */
function dealRoomAudits(ctx: DemoContext, at: { turkanaOpened: Date; priyaAccepted: Date; jamesAccepted: Date; elgonClosed: Date }): Prisma.AuditLogCreateManyInput[] {
  const { orgs, users, projects } = ctx;
  const helios = (key: string, action: string, timestamp: Date, changes: Prisma.InputJsonObject, room = dealRoomId("turkana")) => ({
    id: demoId(`audit/helios/deal-room/${key}`),
    orgId: orgs.helios,
    userId: users.amara,
    action,
    entityType: "DealRoom",
    entityId: room,
    changes,
    ipAddress: "196.201.214.17",
    timestamp,
  });
  const member = { name: TURKANA_ROOM, memberOrgId: orgs.northwind, memberOrgName: "Northwind Climate Capital", accessLevel: "downloader", canSeeFinancial: true };
  return [
    helios("turkana/opened", "deal_room.opened", at.turkanaOpened, { after: { name: TURKANA_ROOM, projectId: projects.turkana.id, ndaRequired: true } }),
    helios("turkana/invited/northwind", "deal_room.member_invited", at.turkanaOpened, { after: member }),
    ...TURKANA_SHARES.map((share, index) =>
      helios(`turkana/shared/${share.key}`, "deal_room.document_shared", daysAgo(53, 9 + index * 0.1), {
        after: { name: TURKANA_ROOM, documentId: documentId(share.key), documentName: share.name, isFinancial: share.isFinancial },
      }),
    ),
    ...[
      { ...PRIYA, at: at.priyaAccepted },
      { ...JAMES, at: at.jamesAccepted },
    ].map((person) => ({
      id: demoId(`audit/northwind/deal-room/turkana/nda/${person.user}`),
      orgId: orgs.northwind,
      userId: users[person.user],
      action: "deal_room.nda_accepted",
      entityType: "DealRoom",
      entityId: dealRoomId("turkana"),
      changes: { after: { name: TURKANA_ROOM, typedName: person.typedName, ndaSha256: ndaSha256(TURKANA_NDA) } },
      ipAddress: person.ip,
      userAgent: BROWSER,
      timestamp: person.at,
    })),
    helios(
      "mt-elgon/closed",
      "deal_room.status_changed",
      at.elgonClosed,
      { before: { name: MT_ELGON_ROOM, status: "open" }, after: { name: MT_ELGON_ROOM, status: "closed" } },
      dealRoomId("mt-elgon"),
    ),
  ];
}
