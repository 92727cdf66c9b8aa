import { callRoute, signIn } from "../support/mock-request-context";
import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/tenant-context";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import { createDealRoom, createDocumentFolder, createMatch, createUser } from "@/prisma/factories";
import { useTestStorage } from "../support/dataroom-routes";
import { uploadAs } from "../support/upload-as";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: roomDocument } = await import("@/app/api/deal-rooms/[roomId]/documents/[documentId]/route");
const { openDealRoom } = await import("@/lib/deal-rooms/open-deal-room");
const { inviteRoomMember, removeRoomMember } = await import("@/lib/deal-rooms/manage-room-members");
const { shareRoomDocument, unshareRoomDocument } = await import("@/lib/deal-rooms/share-room-documents");
const { updateRoomNda, setRoomStatus } = await import("@/lib/deal-rooms/update-room-settings");
const { acceptNda } = await import("@/lib/deal-rooms/accept-nda");
const { getMemberRoomView, listMemberRooms } = await import("@/lib/deal-rooms/get-member-room-view");
const { getAllyRoomView, listProjectRooms } = await import("@/lib/deal-rooms/get-ally-room-view");
const { listEligibleInvestors } = await import("@/lib/deal-rooms/eligible-investors");
const { openDealRoomSchema, inviteMemberSchema, acceptNdaSchema } = await import("@/lib/deal-rooms/schemas");
const { acceptNdaAction, openDealRoomAction, shareRoomDocumentAction, setRoomStatusAction } = await import("@/lib/deal-rooms/actions");

useTestStorage();
beforeEach(() => signIn(null));

const NDA = "Mutual NDA.\nThe recipient keeps the project's information confidential for 3 years.";
const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

async function memberOf(actor: Actor, role: Role): Promise<Actor> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.org.id } });
  const user = await createUser(db, { orgId: actor.org.id, role });
  return { ...toTenantContext(user, org), request: actor.request };
}

/** An ally with a project, a financial folder, and an investor it is CONNECTED with on that project. */
async function buildWorld() {
  const ally = await createTenant({ type: "ALLY", role: "manager" });
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const project = await createTenantProject(ally, { name: `Lodwar Solar ${ally.org.id.slice(0, 6)}` });
  await createMatch(db, { investorOrgId: investor.org.id, projectId: project.id, status: "CONNECTED" });
  const financeFolder = await createDocumentFolder(db, { orgId: ally.org.id, projectId: project.id, name: "03 Financial" });
  const model = await createDocumentFolder(db, { orgId: ally.org.id, projectId: project.id, parentFolderId: financeFolder.id, name: "Model" });
  const teaser = await uploadAs(ally, { fileName: "teaser.txt", projectId: project.id, classification: "PUBLIC" }, "teaser v1");
  const esia = await uploadAs(ally, { fileName: "esia.txt", projectId: project.id, classification: "CONFIDENTIAL" }, "esia text");
  const financial = await uploadAs(ally, { fileName: "model.txt", projectId: project.id, folderId: model.id, classification: "CONFIDENTIAL" }, "model text");
  const restricted = await uploadAs(ally, { fileName: "lease.txt", projectId: project.id, classification: "RESTRICTED" }, "lease text");
  return { ally, investor, project, docs: { teaser, esia, financial, restricted } };
}

type World = Awaited<ReturnType<typeof buildWorld>>;

async function openRoom(w: World, overrides: Record<string, unknown> = {}) {
  return openDealRoom(w.ally, openDealRoomSchema.parse({ projectId: w.project.id, investorOrgId: w.investor.org.id, name: "Equity raise", ndaText: NDA, ...overrides }));
}

const accept = (actor: Actor, roomId: string, typedName = actor.user.fullName, text = NDA) =>
  acceptNda(actor, acceptNdaSchema.parse({ roomId, typedName, ndaSha256: sha(text) }));
const fetchDocument = (actor: Actor | null, roomId: string, documentId: string, inline = true) => {
  signIn(actor);
  return callRoute(roomDocument, "/api/deal-rooms/[roomId]/documents/[documentId]", { params: { roomId, documentId }, query: { inline: inline ? "1" : undefined } });
};

describe("opening a room", () => {
  it("opens a room for a CONNECTED investor with its permissions, audited and announced", async () => {
    const w = await buildWorld();
    const room = await openRoom(w, { accessLevel: "downloader", canSeeFinancial: true });
    expect(room).toMatchObject({ projectId: w.project.id, allyOrgId: w.ally.org.id, status: "open", ndaRequired: true, ndaText: NDA, createdBy: w.ally.user.id });
    expect(await db.dealRoomMember.findMany({ where: { dealRoomId: room.id } })).toMatchObject([
      { orgId: w.investor.org.id, accessLevel: "downloader", canSeeFinancial: true, invitedBy: w.ally.user.id, removedAt: null, ndaAcceptedAt: null },
    ]);
    const audits = await db.auditLog.findMany({ where: { orgId: w.ally.org.id, entityId: room.id }, orderBy: [{ timestamp: "asc" }, { id: "asc" }] });
    expect(audits.map((a) => a.action).sort()).toEqual(["deal_room.member_invited", "deal_room.opened"]);
    const events = await db.outboxEvent.findMany({ where: { orgId: w.ally.org.id, name: "deal_room.opened" } });
    expect(events.map((e) => e.payload)).toEqual([{ orgId: w.ally.org.id, dealRoomId: room.id, projectId: w.project.id, investorOrgId: w.investor.org.id }]);
    expect((await listProjectRooms(w.ally, w.project.id)).map((r) => [r.name, r.memberCount, r.status])).toEqual([["Equity raise", 1, "open"]]);
  });

  it("accepts an investor connected on another of the ally's projects, refuses a merely suggested or unknown one (404, nothing written)", async () => {
    const w = await buildWorld();
    const other = await createTenantProject(w.ally);
    const known = await createTenant({ type: "INVESTOR" });
    await createMatch(db, { investorOrgId: known.org.id, projectId: other.id, status: "CONNECTED" });
    const suggested = await createTenant({ type: "INVESTOR" });
    await createMatch(db, { investorOrgId: suggested.org.id, projectId: w.project.id, status: "SUGGESTED" });
    const stranger = await createTenant({ type: "INVESTOR" });

    const eligible = await listEligibleInvestors(w.ally, w.project.id);
    expect(eligible.map((i) => [i.id, i.connectedOnProject])).toEqual([
      [w.investor.org.id, true],
      [known.org.id, false],
    ]);
    expect((await openRoom(w, { investorOrgId: known.org.id })).id).toBeTruthy();
    for (const refused of [suggested, stranger]) await expect(openRoom(w, { investorOrgId: refused.org.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.dealRoom.count({ where: { allyOrgId: w.ally.org.id } })).toBe(1);
  });

  it("refuses another org's project (404) and an NDA room without its text (validation)", async () => {
    const w = await buildWorld();
    const rival = await createTenant({ type: "ALLY" });
    await expect(
      openDealRoom(rival, openDealRoomSchema.parse({ projectId: w.project.id, investorOrgId: w.investor.org.id, name: "x", ndaText: NDA })),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    signIn(w.ally);
    const result = await openDealRoomAction({ projectId: w.project.id, investorOrgId: w.investor.org.id, name: "No text", ndaRequired: true, ndaText: "  " });
    expect(result?.validationErrors).toMatchObject({ fieldErrors: { ndaText: ["A room that requires an NDA needs its text."] } });
    expect(await db.dealRoom.count({ where: { allyOrgId: w.ally.org.id } })).toBe(0);
  });
});

describe("sharing and the current version", () => {
  it("shares documents, flags the financial folder, shows the newest version after an upload, and refuses RESTRICTED", async () => {
    const w = await buildWorld();
    const room = await openRoom(w, { canSeeFinancial: true });
    await shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.teaser });
    const financial = await shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.financial });
    expect(financial.isFinancial).toBe(true);
    await expect(shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.teaser })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.restricted })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "lease.txt is RESTRICTED: only PUBLIC and CONFIDENTIAL documents can be shared into a deal room.",
    });

    const v2 = await uploadAs(w.ally, { fileName: "teaser.txt", parentDocumentId: w.docs.teaser }, "teaser v2");
    await accept(w.investor, room.id);
    const view = await getMemberRoomView(w.investor, room.id);
    expect(view.documents?.map((d) => [d.id, d.name, d.version, d.isFinancial])).toEqual([
      [w.docs.financial, "model.txt", 1, true],
      [v2, "teaser.txt", 2, false],
    ]);
    const response = await fetchDocument(w.investor, room.id, v2);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("teaser v2");
    expect((await fetchDocument(w.investor, room.id, w.docs.teaser)).status).toBe(404);

    await unshareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.teaser });
    expect((await getMemberRoomView(w.investor, room.id)).documents?.map((d) => d.name)).toEqual(["model.txt"]);
    expect((await fetchDocument(w.investor, room.id, v2)).status).toBe(404);
    const actions = (await db.auditLog.findMany({ where: { orgId: w.ally.org.id, entityId: room.id } })).map((a) => a.action);
    expect(actions.filter((a) => a.startsWith("deal_room.document"))).toEqual(expect.arrayContaining(["deal_room.document_shared", "deal_room.document_unshared"]));
  });

  it("financial documents need the financial permission; a document reclassified RESTRICTED after sharing never opens", async () => {
    const w = await buildWorld();
    const room = await openRoom(w, { canSeeFinancial: false });
    await shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.financial });
    await shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.esia });
    await accept(w.investor, room.id);
    expect((await getMemberRoomView(w.investor, room.id)).documents?.map((d) => d.name)).toEqual(["esia.txt"]);
    expect((await fetchDocument(w.investor, room.id, w.docs.financial)).status).toBe(404);

    await db.document.updateMany({ where: { id: w.docs.esia, orgId: w.ally.org.id }, data: { classification: "RESTRICTED" } });
    expect((await getMemberRoomView(w.investor, room.id)).documents).toEqual([]);
    expect((await fetchDocument(w.investor, room.id, w.docs.esia)).status).toBe(404);
    const allyView = await getAllyRoomView(w.ally, room.id);
    expect(allyView.documents.map((d) => [d.name, d.hiddenFromMembers, d.isFinancial])).toEqual([
      ["esia.txt", true, false],
      ["model.txt", false, true],
    ]);

    await inviteRoomMember(w.ally, inviteMemberSchema.parse({ roomId: room.id, orgId: w.investor.org.id, canSeeFinancial: true }));
    expect((await fetchDocument(w.investor, room.id, w.docs.financial)).status).toBe(200);
  });
});

describe("the NDA gate", () => {
  it("refuses an empty name with a clear message, nothing recorded", async () => {
    const w = await buildWorld();
    const room = await openRoom(w);
    signIn(w.investor);
    const result = await acceptNdaAction({ roomId: room.id, typedName: "   ", ndaSha256: sha(NDA) });
    expect(result?.validationErrors).toMatchObject({ fieldErrors: { typedName: ["Type your full name to accept the NDA."] } });
    await expect(acceptNda(w.investor, { roomId: room.id, typedName: "", ndaSha256: sha(NDA) })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "Type your full name to accept the NDA.",
    });
    expect(await db.ndaAcceptance.count({ where: { dealRoomId: room.id } })).toBe(0);
  });

  it("opens nothing before acceptance, then records name, time, IP and the SHA-256 of the exact text", async () => {
    const w = await buildWorld();
    const room = await openRoom(w, { accessLevel: "downloader" });
    await shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.teaser });
    const before = await getMemberRoomView(w.investor, room.id);
    expect(before).toMatchObject({ documents: null, nda: { required: true, text: NDA, sha256: sha(NDA), accepted: false } });
    expect((await listMemberRooms(w.investor)).map((r) => [r.id, r.ndaPending])).toEqual([[room.id, true]]);
    const refused = await fetchDocument(w.investor, room.id, w.docs.teaser);
    expect(refused.status).toBe(403);
    expect(await db.documentAccessLog.count({ where: { documentId: w.docs.teaser, userId: w.investor.user.id } })).toBe(0);

    signIn(w.investor);
    const result = await acceptNdaAction({ roomId: room.id, typedName: `  ${w.investor.user.fullName} `, ndaSha256: sha(NDA) });
    expect(result?.serverError).toBeUndefined();
    expect(await db.ndaAcceptance.findMany({ where: { dealRoomId: room.id } })).toMatchObject([
      { userId: w.investor.user.id, orgId: w.investor.org.id, typedName: w.investor.user.fullName, ip: "198.51.100.7", ndaSha256: sha(NDA) },
    ]);
    expect(sha(NDA)).toBe(createHash("sha256").update(Buffer.from(NDA, "utf8")).digest("hex"));
    expect((await db.dealRoomMember.findFirstOrThrow({ where: { dealRoomId: room.id } })).ndaAcceptedAt).not.toBeNull();
    expect((await getMemberRoomView(w.investor, room.id)).documents?.map((d) => d.id)).toEqual([w.docs.teaser]);

    const response = await fetchDocument(w.investor, room.id, w.docs.teaser, false);
    expect(response.status).toBe(200);
    const log = await db.documentAccessLog.findFirstOrThrow({ where: { documentId: w.docs.teaser, userId: w.investor.user.id } });
    expect(log).toMatchObject({ orgId: w.ally.org.id, action: "DOWNLOADED", ipAddress: "198.51.100.7" });
    expect(log.metadata).toMatchObject({ via: "deal_room", dealRoomId: room.id, viewerName: w.investor.user.fullName, viewerOrgName: w.investor.org.name });

    // Each user signs for themself: a colleague has not accepted yet.
    const colleague = await memberOf(w.investor, "viewer");
    expect((await fetchDocument(colleague, room.id, w.docs.teaser)).status).toBe(403);
    await expect(accept(w.investor, room.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const allyView = await getAllyRoomView(w.ally, room.id);
    expect(allyView.acceptances).toMatchObject([
      { userName: w.investor.user.fullName, typedName: w.investor.user.fullName, ip: "198.51.100.7", ndaSha256: sha(NDA), current: true },
    ]);
  });

  it("a room that requires an NDA without its text (opened before texts were stored) cannot be accepted, so stays shut", async () => {
    const w = await buildWorld();
    const legacy = await createDealRoom(db, { projectId: w.project.id, allyOrgId: w.ally.org.id, createdBy: w.ally.user.id, investorOrgIds: [w.investor.org.id] });
    await shareRoomDocument(w.ally, { roomId: legacy.id, documentId: w.docs.teaser });
    await expect(accept(w.investor, legacy.id, w.investor.user.fullName, "")).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      message: "The developer has not written this room's NDA yet, so it cannot be accepted.",
    });
    expect((await getMemberRoomView(w.investor, legacy.id)).documents).toBeNull();
    expect((await fetchDocument(w.investor, legacy.id, w.docs.teaser)).status).toBe(403);
  });

  it("a changed NDA text needs a new acceptance; accepting a stale text is refused", async () => {
    const w = await buildWorld();
    const room = await openRoom(w);
    await shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.teaser });
    await accept(w.investor, room.id);
    expect((await fetchDocument(w.investor, room.id, w.docs.teaser)).status).toBe(200);

    const amended = `${NDA}\nAmended: 5 years.`;
    await updateRoomNda(w.ally, { roomId: room.id, ndaRequired: true, ndaText: amended });
    expect((await getMemberRoomView(w.investor, room.id)).nda).toMatchObject({ accepted: false, sha256: sha(amended) });
    expect((await fetchDocument(w.investor, room.id, w.docs.teaser)).status).toBe(403);
    await expect(accept(w.investor, room.id, w.investor.user.fullName, NDA)).rejects.toMatchObject({ code: "STALE_WRITE" });
    await accept(w.investor, room.id, w.investor.user.fullName, amended);
    expect((await fetchDocument(w.investor, room.id, w.docs.teaser)).status).toBe(200);
    expect((await db.ndaAcceptance.findMany({ where: { dealRoomId: room.id }, orderBy: { acceptedAt: "asc" } })).map((a) => a.ndaSha256)).toEqual([
      sha(NDA),
      sha(amended),
    ]);
    expect((await getAllyRoomView(w.ally, room.id)).acceptances.map((a) => a.current)).toEqual([true, false]);
  });
});

describe("permissions, removal, closing and other orgs", () => {
  it("a view-only member may open a document inline but not download it", async () => {
    const w = await buildWorld();
    const room = await openRoom(w, { accessLevel: "viewer" });
    await shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.teaser });
    await accept(w.investor, room.id);
    expect((await fetchDocument(w.investor, room.id, w.docs.teaser, true)).status).toBe(200);
    const download = await fetchDocument(w.investor, room.id, w.docs.teaser, false);
    expect(download.status).toBe(403);
    expect(await db.documentAccessLog.findMany({ where: { documentId: w.docs.teaser, userId: w.investor.user.id }, select: { action: true } })).toEqual([
      { action: "VIEWED" },
    ]);
    await inviteRoomMember(w.ally, inviteMemberSchema.parse({ roomId: room.id, orgId: w.investor.org.id, accessLevel: "downloader" }));
    expect((await fetchDocument(w.investor, room.id, w.docs.teaser, false)).status).toBe(200);
    expect((await db.auditLog.findFirstOrThrow({ where: { orgId: w.ally.org.id, entityId: room.id, action: "deal_room.member_updated" } })).changes).toMatchObject({
      before: { accessLevel: "viewer" },
      after: { accessLevel: "downloader" },
    });
  });

  it("a removed member gets 404 everywhere; the history stays", async () => {
    const w = await buildWorld();
    const room = await openRoom(w);
    await shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.teaser });
    await accept(w.investor, room.id);
    await removeRoomMember(w.ally, { roomId: room.id, orgId: w.investor.org.id });
    await expect(getMemberRoomView(w.investor, room.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(accept(w.investor, room.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await fetchDocument(w.investor, room.id, w.docs.teaser)).status).toBe(404);
    expect(await listMemberRooms(w.investor)).toEqual([]);
    expect(await db.ndaAcceptance.count({ where: { dealRoomId: room.id } })).toBe(1);
    expect((await getAllyRoomView(w.ally, room.id)).members).toMatchObject([{ orgId: w.investor.org.id, removedAt: expect.any(String) }]);
  });

  it("a closed or archived room is 404 for its members, and reopens", async () => {
    const w = await buildWorld();
    const room = await openRoom(w);
    await shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.teaser });
    await accept(w.investor, room.id);
    for (const status of ["closed", "archived"] as const) {
      await setRoomStatus(w.ally, { roomId: room.id, status });
      await expect(getMemberRoomView(w.investor, room.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await fetchDocument(w.investor, room.id, w.docs.teaser)).status).toBe(404);
      expect(await listMemberRooms(w.investor)).toEqual([]);
      expect((await getAllyRoomView(w.ally, room.id)).status).toBe(status);
    }
    await expect(setRoomStatus(w.ally, { roomId: room.id, status: "archived" })).rejects.toMatchObject({ code: "VALIDATION" });
    await setRoomStatus(w.ally, { roomId: room.id, status: "open" });
    expect((await fetchDocument(w.investor, room.id, w.docs.teaser)).status).toBe(200);
  });

  it("another org gets 404 for every room read, write and document", async () => {
    const w = await buildWorld();
    const room = await openRoom(w);
    await shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.teaser });
    const otherInvestor = await createTenant({ type: "INVESTOR", role: "admin" });
    const otherAlly = await createTenant({ type: "ALLY", role: "admin" });
    await expect(getMemberRoomView(otherInvestor, room.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(accept(otherInvestor, room.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await fetchDocument(otherInvestor, room.id, w.docs.teaser)).status).toBe(404);
    await expect(getAllyRoomView(otherAlly, room.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(shareRoomDocument(otherAlly, { roomId: room.id, documentId: w.docs.esia })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setRoomStatus(otherAlly, { roomId: room.id, status: "closed" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateRoomNda(otherAlly, { roomId: room.id, ndaRequired: false, ndaText: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeRoomMember(otherAlly, { roomId: room.id, orgId: w.investor.org.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The ally cannot share another org's document into its own room.
    const foreign = await uploadAs(otherAlly, { fileName: "foreign.txt", projectId: (await createTenantProject(otherAlly)).id, classification: "PUBLIC" }, "x");
    await expect(shareRoomDocument(w.ally, { roomId: room.id, documentId: foreign })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The ally itself is not a member: the investor route is for investors.
    expect((await fetchDocument(w.ally, room.id, w.docs.teaser)).status).toBe(404);
    expect(await db.dealRoom.findUniqueOrThrow({ where: { id: room.id } })).toMatchObject({ status: "open", ndaRequired: true });
    expect(await db.dealRoomDocument.count({ where: { dealRoomId: room.id } })).toBe(1);
  });
});

describe("the actions' access", () => {
  it("a viewer of the ally reads but cannot manage; an investor cannot manage; an ally cannot accept an NDA; a foundation plan has no deal rooms", async () => {
    const w = await buildWorld();
    const room = await openRoom(w);
    signIn(await memberOf(w.ally, "viewer"));
    expect((await shareRoomDocumentAction({ roomId: room.id, documentId: w.docs.teaser })).serverError).toMatchObject({ code: "FORBIDDEN" });
    expect((await getAllyRoomView(await memberOf(w.ally, "viewer"), room.id)).name).toBe("Equity raise");
    signIn(w.investor);
    expect((await setRoomStatusAction({ roomId: room.id, status: "closed" })).serverError).toMatchObject({ code: "NOT_FOUND" });
    signIn(w.ally);
    expect((await acceptNdaAction({ roomId: room.id, typedName: "Amara", ndaSha256: sha(NDA) })).serverError).toMatchObject({ code: "NOT_FOUND" });
    await db.organization.update({ where: { id: w.ally.org.id }, data: { subscriptionTier: "foundation" } });
    signIn(await memberOf(w.ally, "admin"));
    expect((await setRoomStatusAction({ roomId: room.id, status: "closed" })).serverError).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("Deal rooms is part of the"),
    });
    expect(await db.dealRoom.findUniqueOrThrow({ where: { id: room.id } })).toMatchObject({ status: "open" });
    expect(await db.dealRoomDocument.count({ where: { dealRoomId: room.id } })).toBe(0);
    expect(await db.ndaAcceptance.count({ where: { dealRoomId: room.id } })).toBe(0);
  });
});

describe("room activity", () => {
  it("lists both sides' actions and every document opened through the room, newest first; another org's room is a 404", async () => {
    const { listRoomActivity } = await import("@/lib/deal-rooms/list-room-activity");
    const w = await buildWorld();
    const room = await openRoom(w);
    await shareRoomDocument(w.ally, { roomId: room.id, documentId: w.docs.teaser });
    await accept(w.investor, room.id);
    expect((await fetchDocument(w.investor, room.id, w.docs.teaser)).status).toBe(200);

    const activity = await listRoomActivity(w.ally, room.id);
    const me = w.ally.user.fullName;
    const them = w.investor.user.fullName;
    // Opening and the first invitation share one transaction, so one timestamp: their order is not asserted.
    const texts = activity.rows.map((row) => [row.orgName, row.text]);
    expect([...texts.slice(0, 3), ...texts.slice(3).sort()]).toEqual([
      [w.investor.org.name, `${them} opened teaser.txt`],
      [w.investor.org.name, `${them} accepted the NDA of “Equity raise” as “${them}” (version ${sha(NDA).slice(0, 12)}…)`],
      [w.ally.org.name, `${me} shared teaser.txt in “Equity raise”`],
      ...[
        [w.ally.org.name, `${me} invited ${w.investor.org.name} into “Equity raise” (view only)`],
        [w.ally.org.name, `${me} opened the deal room “Equity raise” with an NDA`],
      ].sort(),
    ]);
    expect(activity).toMatchObject({ total: 5, page: 1, pageCount: 1 });
    const rival = await createTenant({ type: "ALLY" });
    await expect(listRoomActivity(rival, room.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
