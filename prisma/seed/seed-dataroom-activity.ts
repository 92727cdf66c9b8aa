import type { DocumentAccessAction, Prisma } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import { detectPii } from "../../lib/dataroom/redaction/detect-pii";
import { documentId, turkanaFile } from "./dataroom-documents";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";
import { dealRoomId } from "./seed-deal-rooms";

const BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";

/** Who looked at what in the Turkana data room (Northwind reads it through the deal room), the PII review and annotations. */
export async function seedDataRoomActivity(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users } = ctx;
  type Access = [
    label: string,
    doc: string,
    org: string,
    user: string | null,
    action: DocumentAccessAction,
    at: Date,
    ip: string | null,
    metadata: Prisma.InputJsonValue,
  ];
  const readers = { priya: "Priya Nair", james: "James Whitfield" };
  const inRoom = (reader: keyof typeof readers, version: number, extra: Record<string, Prisma.InputJsonValue>): Prisma.InputJsonValue => ({
    ...extra,
    version,
    via: "deal_room",
    dealRoomId: dealRoomId("turkana"),
    viewerName: readers[reader],
    viewerOrgId: orgs.northwind,
    viewerOrgName: "Northwind Climate Capital",
  });
  const accesses: Access[] = [
    [
      "amara-shares-ppa",
      "ppa-term-sheet-v2",
      orgs.helios,
      users.amara,
      "SHARED",
      daysAgo(33, 8),
      "196.201.214.17",
      { sharedWith: "Northwind Climate Capital", via: "deal_room" },
    ],
    ["david-downloads-yield", "energy-yield", orgs.helios, users.david, "DOWNLOADED", daysAgo(21, 13), "196.201.214.22", { format: "original" }],
    ["sarah-views-model", "financial-model-v3", orgs.helios, users.sarah, "VIEWED", daysAgo(12, 15), "196.201.214.17", { sheets: ["Summary", "Debt"] }],
    // Northwind reads through the deal room: the rows are Helios's (its log names the reader), as readRoomDocument writes them.
    [
      "priya-views-model",
      "financial-model-v3",
      orgs.helios,
      users.priya,
      "VIEWED",
      daysAgo(10, 9),
      "81.2.69.160",
      inRoom("priya", 3, { sheets: ["Summary", "Sensitivities"] }),
    ],
    [
      "priya-downloads-ppa",
      "ppa-term-sheet-v2",
      orgs.helios,
      users.priya,
      "DOWNLOADED",
      daysAgo(9, 10),
      "81.2.69.160",
      inRoom("priya", 2, { format: "pdf", watermarked: true }),
    ],
    ["james-views-esia", "esia", orgs.helios, users.james, "VIEWED", daysAgo(8, 16), "81.2.69.142", inRoom("james", 1, { pagesViewed: [1, 2, 3, 4, 5] })],
    ["priya-annotates-yield", "energy-yield", orgs.northwind, users.priya, "ANNOTATED", daysAgo(7, 11), "81.2.69.160", { page: 6 }],
    ["ole-prints-esia", "esia", orgs.northwind, users.ole, "PRINTED", daysAgo(6, 14), "81.2.69.151", { pages: "1-5", watermarked: false }],
    ["redaction-reads-lease", "land-lease", orgs.helios, null, "VIEWED", daysAgo(4, 9), null, { by: "pii-redaction job" }],
    [
      "amara-shares-ppa-with-lender",
      "ppa-term-sheet-v2",
      orgs.helios,
      users.amara,
      "SHARED",
      daysAgo(15, 10),
      "196.201.214.17",
      { recipientEmail: "credit@equator-bank.example", expiresAt: daysAgo(-15, 10).toISOString(), note: "Term sheet for the credit committee", version: 2 },
    ],
  ];
  await db.documentAccessLog.createMany({
    skipDuplicates: true,
    data: accesses.map(([label, doc, orgId, userId, action, createdAt, ipAddress, metadata]) => ({
      id: demoId(`turkana/access/${label}`),
      documentId: documentId(doc),
      orgId,
      userId,
      action,
      ipAddress,
      userAgent: userId ? BROWSER : "scr-jobs/1.0",
      metadata,
      createdAt,
    })),
  });

  // The lender's link was withdrawn once the deal room opened: the Links dialog shows it revoked.
  await db.documentShareRevocation.createMany({
    skipDuplicates: true,
    data: [
      {
        sharedLogId: demoId("turkana/access/amara-shares-ppa-with-lender"),
        orgId: orgs.helios,
        documentId: documentId("ppa-term-sheet-v2"),
        revokedBy: users.amara,
        revokedAt: daysAgo(11, 16),
      },
    ],
  });

  // The review waiting on Amara is what the redaction job's own rules find in the lease's text.
  const lease = await turkanaFile("land-lease");
  const entities = detectPii(lease.pages);
  await db.redactionJob.createMany({
    skipDuplicates: true,
    data: [
      {
        id: demoId("turkana/redaction/land-lease"),
        orgId: orgs.helios,
        documentId: documentId("land-lease"),
        createdBy: users.amara,
        status: "review",
        detectedEntities: entities,
        entityCount: entities.length,
        approvedCount: 0,
        createdAt: daysAgo(4, 8.9),
        updatedAt: daysAgo(4, 9.1),
      },
    ],
  });

  type Note = [
    label: string,
    doc: string,
    org: string,
    user: string,
    type: "HIGHLIGHT" | "COMMENT" | "BOOKMARK",
    page: number,
    text: string | null,
    color: string | null,
    at: Date,
  ];
  const notes: Note[] = [
    [
      "priya-curtailment",
      "energy-yield",
      orgs.northwind,
      users.priya,
      "HIGHLIGHT",
      6,
      "without it curtailment may reach 4-6% in the dry season",
      "#FDE047",
      daysAgo(7, 11),
    ],
    [
      "priya-indexation",
      "ppa-term-sheet-v2",
      orgs.northwind,
      users.priya,
      "COMMENT",
      1,
      "Flat USD tariff for 20 years with no indexation: is there an O&M cost pass-through?",
      "#93C5FD",
      daysAgo(9, 10.5),
    ],
    [
      "david-reinforcement",
      "energy-yield",
      orgs.helios,
      users.david,
      "COMMENT",
      6,
      "KETRACO confirmed the Lodwar-Kainuk reinforcement for Q3 2027; see the grid connection agreement, section 3.",
      "#86EFAC",
      daysAgo(5, 15),
    ],
    ["sarah-debt-sheet", "financial-model-v3", orgs.helios, users.sarah, "BOOKMARK", 3, "Debt sculpting", null, daysAgo(12, 15.5)],
  ];
  await db.documentAnnotation.createMany({
    skipDuplicates: true,
    data: notes.map(([label, doc, orgId, userId, type, pageNumber, text, color, at]) => ({
      id: demoId(`turkana/annotation/${label}`),
      orgId,
      documentId: documentId(doc),
      userId,
      type,
      pageNumber,
      position: { x: 64, y: 420, width: 468, height: type === "BOOKMARK" ? 0 : 28 },
      text,
      color,
      createdAt: at,
      updatedAt: at,
    })),
  });
}
