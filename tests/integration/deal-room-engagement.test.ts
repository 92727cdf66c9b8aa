import { callRoute, signIn } from "../support/mock-request-context";
import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/tenant-context";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import { createDocumentFolder, createMatch, createUser } from "@/prisma/factories";
import { pdfWithPages } from "../support/dataroom-fixtures";
import { useTestStorage } from "../support/dataroom-routes";
import { uploadAs } from "../support/upload-as";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { POST: engagement } = await import("@/app/api/deal-rooms/[roomId]/documents/[documentId]/engagement/route");
const { openDealRoom } = await import("@/lib/deal-rooms/open-deal-room");
const { inviteRoomMember, removeRoomMember } = await import("@/lib/deal-rooms/manage-room-members");
const { shareRoomDocument } = await import("@/lib/deal-rooms/share-room-documents");
const { acceptNda } = await import("@/lib/deal-rooms/accept-nda");
const { openDealRoomSchema, inviteMemberSchema, acceptNdaSchema } = await import("@/lib/deal-rooms/schemas");
const { getRoomEngagement } = await import("@/lib/deal-rooms/engagement/get-room-engagement");
const { clampBatch } = await import("@/lib/deal-rooms/engagement/clamp-batch");
const { formatPageRanges } = await import("@/lib/deal-rooms/engagement/format-page-ranges");

useTestStorage();
beforeEach(() => signIn(null));

const NDA = "Mutual NDA. The recipient keeps the project's information confidential.";
const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

async function memberOf(actor: Actor, role: Role): Promise<Actor> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.org.id } });
  const user = await createUser(db, { orgId: actor.org.id, role });
  return { ...toTenantContext(user, org), request: actor.request };
}

/** An ally with a 4-page PDF report, a teaser, a financial model and an unshared memo; an investor CONNECTED on the project. */
async function buildWorld() {
  const ally = await createTenant({ type: "ALLY", role: "manager" });
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const project = await createTenantProject(ally, { name: `Lodwar Solar ${ally.org.id.slice(0, 6)}` });
  await createMatch(db, { investorOrgId: investor.org.id, projectId: project.id, status: "CONNECTED" });
  const finance = await createDocumentFolder(db, { orgId: ally.org.id, projectId: project.id, name: "03 Financial" });
  const text = (s: string) => new TextEncoder().encode(s);
  const report = await uploadAs(
    ally,
    { fileName: "yield-study.pdf", projectId: project.id, classification: "PUBLIC" },
    new Uint8Array(await pdfWithPages(["P50 yield", "P90 yield", "Losses", "Annex"])),
  );
  const teaser = await uploadAs(ally, { fileName: "teaser.txt", projectId: project.id, classification: "PUBLIC" }, text("teaser"));
  const model = await uploadAs(ally, { fileName: "model.txt", projectId: project.id, folderId: finance.id, classification: "CONFIDENTIAL" }, text("model"));
  const memo = await uploadAs(ally, { fileName: "memo.txt", projectId: project.id, classification: "PUBLIC" }, text("memo"));
  return { ally, investor, project, docs: { report, teaser, model, memo } };
}
type World = Awaited<ReturnType<typeof buildWorld>>;

async function openRoom(w: World, permissions: { canSeeFinancial?: boolean } = {}) {
  const room = await openDealRoom(
    w.ally,
    openDealRoomSchema.parse({ projectId: w.project.id, investorOrgId: w.investor.org.id, name: "Equity raise", ndaText: NDA, ...permissions }),
  );
  for (const documentId of [w.docs.report, w.docs.teaser, w.docs.model]) await shareRoomDocument(w.ally, { roomId: room.id, documentId });
  return room;
}

const accept = (actor: Actor, roomId: string) => acceptNda(actor, acceptNdaSchema.parse({ roomId, typedName: actor.user.fullName, ndaSha256: sha(NDA) }));

function beacon(actor: Actor | null, roomId: string, documentId: string, body: unknown) {
  signIn(actor);
  return callRoute(engagement, "/api/deal-rooms/[roomId]/documents/[documentId]/engagement", {
    method: "POST",
    params: { roomId, documentId },
    headers: { "content-type": "text/plain;charset=UTF-8" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
const pages = (...entries: [page: number, ms: number][]) => ({ pages: entries.map(([page, ms]) => ({ page, ms })) });

const rowsOf = (roomId: string) =>
  db.dealRoomPageView.findMany({ where: { dealRoomId: roomId }, orderBy: [{ viewerUserId: "asc" }, { documentId: "asc" }, { pageNumber: "asc" }] });
/** Time passes between beacons: every row of the room last grew an hour ago. */
const letTimePass = (roomId: string) =>
  db.$executeRaw`UPDATE deal_room_page_views SET last_viewed_at = last_viewed_at - interval '1 hour' WHERE deal_room_id = ${roomId}::uuid`;

describe("recording page views", () => {
  it("sums two batches into one row per page per day, for the room's ally org", async () => {
    const w = await buildWorld();
    const room = await openRoom(w);
    await accept(w.investor, room.id);

    expect((await beacon(w.investor, room.id, w.docs.report, pages([1, 4000], [2, 2500]))).status).toBe(204);
    await letTimePass(room.id);
    expect((await beacon(w.investor, room.id, w.docs.report, pages([1, 6000], [3, 1000], [3, 400]))).status).toBe(204);

    const today = new Date().toISOString().slice(0, 10);
    const rows = await rowsOf(room.id);
    expect(rows.map((r) => [r.pageNumber, r.seconds, r.viewDate.toISOString().slice(0, 10)])).toEqual([
      [1, 10, today],
      [2, 3, today],
      [3, 1, today],
    ]);
    expect(
      rows.every((r) => r.orgId === w.ally.org.id && r.viewerOrgId === w.investor.org.id && r.viewerUserId === w.investor.user.id && r.documentId === w.docs.report),
    ).toBe(true);
    // Recording is telemetry, not an audited write.
    expect(await db.auditLog.count({ where: { orgId: w.ally.org.id, action: { contains: "view" } } })).toBe(0);
  });

  it("cannot add more than the time that passed, nor pages past the document's end", async () => {
    const w = await buildWorld();
    const room = await openRoom(w);
    await accept(w.investor, room.id);
    await beacon(w.investor, room.id, w.docs.report, pages([1, 10_000]));
    // A replay straight after: the row last grew a moment ago, so it gains at most 2 s of slack and the second that began.
    expect((await beacon(w.investor, room.id, w.docs.report, pages([1, 30_000]))).status).toBe(204);
    const [row] = await rowsOf(room.id);
    expect(row!.seconds).toBeGreaterThanOrEqual(12);
    expect(row!.seconds).toBeLessThanOrEqual(13);
    // Page 9 of a 4-page PDF, and a non-PDF's page 2 (its viewer shows one page), record nothing.
    expect((await beacon(w.investor, room.id, w.docs.report, pages([9, 5000]))).status).toBe(204);
    expect((await beacon(w.investor, room.id, w.docs.teaser, pages([2, 5000]))).status).toBe(204);
    expect(await db.dealRoomPageView.count({ where: { dealRoomId: room.id } })).toBe(1);
  });

  it("records on the room's current version only: a new version replaces the shared one", async () => {
    const w = await buildWorld();
    const room = await openRoom(w);
    await accept(w.investor, room.id);
    const v2 = await uploadAs(w.ally, { fileName: "yield-study.pdf", parentDocumentId: w.docs.report }, new Uint8Array(await pdfWithPages(["Revised", "Annex"])));
    expect((await beacon(w.investor, room.id, w.docs.report, pages([1, 3000]))).status).toBe(404);
    expect((await beacon(w.investor, room.id, v2, pages([1, 3000], [2, 2000], [3, 2000]))).status).toBe(204);
    // v2 has two pages: page 3 is past its end.
    expect((await rowsOf(room.id)).map((r) => [r.documentId, r.pageNumber, r.seconds])).toEqual([
      [v2, 1, 3],
      [v2, 2, 2],
    ]);
  });

  it("cuts a batch to what a flush interval allows", () => {
    expect(clampBatch([{ page: 1, ms: 600_000 }], null)).toEqual([{ page: 1, seconds: 30 }]);
    // 80 s in one batch is scaled to 30 s: 7.5 s a page, rounded.
    expect(
      clampBatch(
        [1, 2, 3, 4].map((page) => ({ page, ms: 20_000 })),
        4,
      ),
    ).toEqual([1, 2, 3, 4].map((page) => ({ page, seconds: 8 })));
    expect(
      clampBatch(
        [
          { page: 2, ms: 400 },
          { page: 1, ms: 1500 },
          { page: 5, ms: 9000 },
        ],
        4,
      ),
    ).toEqual([{ page: 1, seconds: 2 }]);
    expect(formatPageRanges([1, 2, 5, 6, 7, 9])).toBe("1, 2, 5–7, 9");
  });

  it("writes nothing for a stranger, a removed member, a member before the NDA, an unshared or withheld document, or bad input", async () => {
    const w = await buildWorld();
    const room = await openRoom(w, { canSeeFinancial: false });
    const ok = pages([1, 3000]);

    const stranger = await createTenant({ type: "INVESTOR", role: "admin" });
    expect((await beacon(stranger, room.id, w.docs.report, ok)).status).toBe(404);
    expect((await beacon(null, room.id, w.docs.report, ok)).status).toBe(401);
    // The ally is not a member: the endpoint is the investor's.
    expect((await beacon(w.ally, room.id, w.docs.report, ok)).status).toBe(404);

    const before = await beacon(w.investor, room.id, w.docs.report, ok);
    expect(before.status).toBe(403);
    expect(((await before.json()) as { error: { message: string } }).error.message).toBe("Accept this room's NDA before opening its documents.");

    await accept(w.investor, room.id);
    expect((await beacon(w.investor, room.id, w.docs.memo, ok)).status).toBe(404);
    expect((await beacon(w.investor, room.id, w.docs.model, ok)).status).toBe(404);
    expect((await beacon(w.investor, room.id, "not-a-uuid", ok)).status).toBe(404);

    const bad: [string, unknown][] = [
      ["page 0", pages([0, 1000])],
      ["negative ms", pages([1, -5])],
      ["ms over 10 minutes", pages([1, 600_001])],
      ["fractional page", pages([1.5, 1000])],
      ["too many entries", pages(...Array.from({ length: 201 }, (_, i): [number, number] => [i + 1, 100]))],
      ["no pages", { pages: [] }],
      ["not JSON", "page=1&ms=1000"],
    ];
    for (const [why, body] of bad) expect((await beacon(w.investor, room.id, w.docs.report, body)).status, why).toBe(422);

    await removeRoomMember(w.ally, { roomId: room.id, orgId: w.investor.org.id });
    expect((await beacon(w.investor, room.id, w.docs.report, ok)).status).toBe(404);
    expect(await db.dealRoomPageView.count({ where: { dealRoomId: room.id } })).toBe(0);
  });
});

describe("the ally's engagement view", () => {
  it("shows per document who viewed what for how long, and per org a score computed as its sentence says", async () => {
    const w = await buildWorld();
    const room = await openRoom(w, { canSeeFinancial: true });
    const colleague = await memberOf(w.investor, "viewer");
    await accept(w.investor, room.id);
    await accept(colleague, room.id);
    // A second member org, without the financial permission, that has viewed nothing.
    const quiet = await createTenant({ type: "INVESTOR", role: "analyst" });
    await createMatch(db, { investorOrgId: quiet.org.id, projectId: w.project.id, status: "CONNECTED" });
    await inviteRoomMember(w.ally, inviteMemberSchema.parse({ roomId: room.id, orgId: quiet.org.id }));

    const empty = await getRoomEngagement(w.ally, room.id);
    expect(empty.totalSeconds).toBe(0);
    expect(empty.orgs.map((o) => o.score)).toEqual([0, 0]);

    // Investor: report p1 20 s, p2 10 + 25 + 30 = 65 s. Colleague: report p2 20 s, p3 10 s; model p1 5 s.
    await beacon(w.investor, room.id, w.docs.report, pages([1, 20_000], [2, 10_000]));
    await letTimePass(room.id);
    await beacon(w.investor, room.id, w.docs.report, pages([2, 25_000]));
    await letTimePass(room.id);
    await beacon(w.investor, room.id, w.docs.report, pages([2, 30_000]));
    await beacon(colleague, room.id, w.docs.report, pages([2, 20_000], [3, 10_000]));
    await beacon(colleague, room.id, w.docs.model, pages([1, 5_000]));

    const view = await getRoomEngagement(w.ally, room.id);
    expect(view.totalSeconds).toBe(20 + 65 + 20 + 10 + 5);
    const byName = Object.fromEntries(view.documents.map((d) => [d.name, d]));
    expect(byName["yield-study.pdf"]).toMatchObject({ seconds: 115, pageCount: 4, state: "shared" });
    expect(byName["yield-study.pdf"]!.viewers.map((v) => [v.userName, v.orgName, v.seconds, v.pages]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual(
      [
        [w.investor.user.fullName, w.investor.org.name, 85, "1, 2"],
        [colleague.user.fullName, w.investor.org.name, 30, "2, 3"],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(byName["model.txt"]!.viewers.map((v) => [v.userName, v.seconds, v.pages])).toEqual([[colleague.user.fullName, 5, "1"]]);
    expect(byName["teaser.txt"]!.viewers).toEqual([]);
    expect(view.chart.rows).toEqual(
      expect.arrayContaining([
        { document: "yield-study.pdf v1", seconds: { [w.investor.org.name]: 115 } },
        { document: "model.txt v1", seconds: { [w.investor.org.name]: 5 } },
      ]),
    );

    // Openable: report (4 pages), teaser (1), model (1): 6 pages. Opened 2 of 3 documents; pages viewed: report 1, 2, 3 and model 1 = 4 of 6.
    // Time, a minute a page at most, summed over the org: p1 20 + p2 min(85, 60) + p3 10 + model 5 = 95 of 360. Viewed today: recency 1.
    const expected = Math.round(100 * (0.3 * (2 / 3) + 0.3 * (4 / 6) + 0.2 * (95 / 360) + 0.2 * 1));
    expect(expected).toBe(65);
    const [active, idle] = view.orgs;
    expect(active).toMatchObject({
      orgId: w.investor.org.id,
      score: 65,
      documentsOpened: 2,
      documentsOpenable: 3,
      pagesViewed: 4,
      pagesTotal: 6,
      cappedSeconds: 95,
      seconds: 120,
    });
    // The quiet org may not open the model: 2 documents, 5 pages; nothing viewed.
    expect(idle).toMatchObject({ orgId: quiet.org.id, score: 0, documentsOpenable: 2, pagesTotal: 5, seconds: 0, lastViewedAt: null });

    // Ten days on, recency is 1 - 10/30.
    const later = await getRoomEngagement(w.ally, room.id, new Date(Date.now() + 10 * 86_400_000 + 60_000));
    expect(later.orgs[0]!.score).toBe(Math.round(100 * (0.3 * (2 / 3) + 0.3 * (4 / 6) + 0.2 * (95 / 360) + 0.2 * (1 - 10 / 30))));
  });

  it("another org gets 404 and sees nothing", async () => {
    const w = await buildWorld();
    const room = await openRoom(w);
    await accept(w.investor, room.id);
    await beacon(w.investor, room.id, w.docs.report, pages([1, 5000]));
    const rival = await createTenant({ type: "ALLY", role: "admin" });
    await expect(getRoomEngagement(rival, room.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getRoomEngagement(w.investor, room.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.dealRoomPageView.count({ where: { dealRoomId: room.id } })).toBe(1);
  });
});
