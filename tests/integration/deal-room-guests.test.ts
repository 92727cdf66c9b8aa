import { callRoute, signIn, TEST_REQUEST_META } from "../support/mock-request-context";
import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { createDocumentFolder, createMatch } from "@/prisma/factories";
import { useTestStorage } from "../support/dataroom-routes";
import { uploadAs } from "../support/upload-as";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: guestDocument } = await import("@/app/api/guest/rooms/[roomId]/documents/[documentId]/route");
const { openDealRoom } = await import("@/lib/deal-rooms/open-deal-room");
const { shareRoomDocument } = await import("@/lib/deal-rooms/share-room-documents");
const { updateRoomNda, setRoomStatus } = await import("@/lib/deal-rooms/update-room-settings");
const { openDealRoomSchema } = await import("@/lib/deal-rooms/schemas");
const { inviteGuestSchema, redeemGuestInviteSchema } = await import("@/lib/deal-rooms/guests/guest-schemas");
const { inviteRoomGuest } = await import("@/lib/deal-rooms/guests/invite-room-guest");
const { redeemGuestInvite } = await import("@/lib/deal-rooms/guests/redeem-guest-invite");
const { removeRoomGuest } = await import("@/lib/deal-rooms/guests/remove-room-guest");
const { acceptGuestNda } = await import("@/lib/deal-rooms/guests/accept-guest-nda");
const { getGuestInvite } = await import("@/lib/deal-rooms/guests/get-guest-invite");
const { getGuestRoomView } = await import("@/lib/deal-rooms/guests/get-guest-room-view");
const { listRoomGuests } = await import("@/lib/deal-rooms/guests/list-room-guests");
const { guestCookieName } = await import("@/lib/deal-rooms/guests/guest-rules");
const { getAllyRoomView } = await import("@/lib/deal-rooms/get-ally-room-view");
const { listRoomActivity } = await import("@/lib/deal-rooms/list-room-activity");

useTestStorage();
beforeEach(() => signIn(null));

const NDA = "Mutual NDA.\nThe recipient keeps the project's information confidential for 3 years.";
const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const REQUEST = { ...TEST_REQUEST_META };

/** An ally's open room (NDA required) with a public, a confidential and a financial document shared into it. */
async function buildRoom() {
  const ally = await createTenant({ type: "ALLY", role: "manager" });
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const project = await createTenantProject(ally, { name: `Garissa Solar ${ally.org.id.slice(0, 6)}` });
  await createMatch(db, { investorOrgId: investor.org.id, projectId: project.id, status: "CONNECTED" });
  const finance = await createDocumentFolder(db, { orgId: ally.org.id, projectId: project.id, name: "Financials" });
  const teaser = await uploadAs(ally, { fileName: "teaser.txt", projectId: project.id, classification: "PUBLIC" }, "teaser");
  const esia = await uploadAs(ally, { fileName: "esia.txt", projectId: project.id, classification: "CONFIDENTIAL" }, "esia");
  const model = await uploadAs(ally, { fileName: "model.txt", projectId: project.id, folderId: finance.id, classification: "CONFIDENTIAL" }, "model");
  const room = await openDealRoom(ally, openDealRoomSchema.parse({ projectId: project.id, investorOrgId: investor.org.id, name: "Equity raise", ndaText: NDA }));
  for (const documentId of [teaser, esia, model]) await shareRoomDocument(ally, { roomId: room.id, documentId });
  return { ally, investor, project, room, docs: { teaser, esia, model } };
}
type World = Awaited<ReturnType<typeof buildRoom>>;

const invite = (w: World, overrides: Record<string, unknown> = {}) =>
  inviteRoomGuest(w.ally, inviteGuestSchema.parse({ roomId: w.room.id, email: "Adviser@Law-Firm.example", ...overrides }));
const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!;
const redeem = (token: string, typedName = "Ines Adviser", ndaSha256: string | undefined = sha(NDA)) =>
  redeemGuestInvite(redeemGuestInviteSchema.parse({ token, typedName, ndaSha256 }), REQUEST);
const fetchAsGuest = (cookie: string | null, roomId: string, documentId: string, inline = true) =>
  callRoute(guestDocument, "/api/guest/rooms/[roomId]/documents/[documentId]", {
    params: { roomId, documentId },
    query: { inline: inline ? "1" : undefined },
    headers: cookie ? { cookie: `${guestCookieName(roomId)}=${cookie}` } : {},
  });

describe("inviting an outside guest", () => {
  it("stores only the token's hash, mails the single-use link, and audits the invitation", async () => {
    const w = await buildRoom();
    const result = await invite(w, { expiresInDays: 3 });
    expect(result.delivery).toBe("dev-mailbox");
    const token = tokenOf(result.inviteUrl);
    const guest = await db.dealRoomGuest.findUniqueOrThrow({ where: { id: result.guestId } });
    expect(guest).toMatchObject({ email: "adviser@law-firm.example", orgId: w.ally.org.id, accessLevel: "viewer", redeemedAt: null, inviteTokenHash: sha(token) });
    expect(JSON.stringify(guest)).not.toContain(token);
    expect(guest.inviteExpiresAt.getTime() - guest.invitedAt.getTime()).toBe(3 * 86_400_000);
    const mail = await db.devMailboxMessage.findFirstOrThrow({ where: { to: "adviser@law-firm.example" }, orderBy: { createdAt: "desc" } });
    expect(mail.subject).toContain("Equity raise");
    expect(mail.text).toContain(result.inviteUrl);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: w.ally.org.id, action: "deal_room.guest_invited" } });
    expect(audit).toMatchObject({ userId: w.ally.user.id, entityId: w.room.id });
    expect(await listRoomGuests(w.ally, w.room.id)).toMatchObject([{ email: "adviser@law-firm.example", status: "invited", name: null }]);
  });

  it("refuses a colleague's address, a closed room, a bad address and an out-of-range expiry", async () => {
    const w = await buildRoom();
    await expect(invite(w, { email: w.ally.user.email })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(inviteGuestSchema.safeParse({ roomId: w.room.id, email: "not-an-address" }).success).toBe(false);
    expect(inviteGuestSchema.safeParse({ roomId: w.room.id, email: "a@b.example", expiresInDays: 31 }).success).toBe(false);
    expect(inviteGuestSchema.safeParse({ roomId: w.room.id, email: "a@b.example", expiresInDays: 0 }).success).toBe(false);
    await setRoomStatus(w.ally, { roomId: w.room.id, status: "closed" });
    await expect(invite(w)).rejects.toMatchObject({ code: "INVALID_TRANSITION" });
    expect(await db.dealRoomGuest.count({ where: { dealRoomId: w.room.id } })).toBe(0);
  });

  it("is another org's room: a 404 that writes nothing", async () => {
    const w = await buildRoom();
    const other = await createTenant({ type: "ALLY", role: "admin" });
    await expect(inviteRoomGuest(other, inviteGuestSchema.parse({ roomId: w.room.id, email: "x@y.example" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { guestId } = await invite(w);
    await expect(removeRoomGuest(other, { roomId: w.room.id, guestId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.dealRoomGuest.count({ where: { id: guestId, removedAt: null } })).toBe(1);
  });
});

describe("using the invite link", () => {
  it("accepts the NDA with the typed name, IP and hash, and opens the room once", async () => {
    const w = await buildRoom();
    const { inviteUrl, guestId } = await invite(w);
    const token = tokenOf(inviteUrl);
    expect(await getGuestInvite(token)).toMatchObject({
      state: "open",
      email: "adviser@law-firm.example",
      roomName: "Equity raise",
      nda: { text: NDA, sha256: sha(NDA) },
    });
    const { roomId, session } = await redeem(token);
    expect(roomId).toBe(w.room.id);
    expect(await db.ndaAcceptance.findMany({ where: { dealRoomId: w.room.id, guestId } })).toMatchObject([
      { userId: null, orgId: w.ally.org.id, typedName: "Ines Adviser", ip: REQUEST.ipAddress, ndaSha256: sha(NDA) },
    ]);
    const view = await getGuestRoomView(session.value, w.room.id);
    expect(view.guest).toMatchObject({ name: "Ines Adviser", email: "adviser@law-firm.example" });
    expect(view.documents?.map((document) => document.id).sort()).toEqual([w.docs.teaser, w.docs.esia].sort());

    await expect(redeem(token)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already been used") });
    expect(await getGuestInvite(token)).toMatchObject({ state: "used", roomId: w.room.id });
    const joined = await db.auditLog.findFirstOrThrow({ where: { orgId: w.ally.org.id, action: "deal_room.guest_joined" }, include: { actor: true } });
    expect(joined).toMatchObject({ userId: null, actor: { kind: "guest", ref: guestId } });
    const acceptances = (await getAllyRoomView(w.ally, w.room.id)).acceptances;
    expect(acceptances).toMatchObject([{ userName: "Ines Adviser", orgName: "Guest: adviser@law-firm.example", current: true }]);
  });

  it("refuses an empty name, an NDA changed meanwhile, an expired link and an unknown token, and uses none of them up", async () => {
    const w = await buildRoom();
    const { inviteUrl, guestId } = await invite(w);
    const token = tokenOf(inviteUrl);
    expect(redeemGuestInviteSchema.safeParse({ token, typedName: "   ", ndaSha256: sha(NDA) }).success).toBe(false);
    await expect(redeem(token, "Ines", sha("an older text"))).rejects.toMatchObject({ code: "STALE_WRITE" });
    await expect(redeem("x".repeat(43))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(redeem("short")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.dealRoomGuest.update({ where: { id: guestId }, data: { inviteExpiresAt: new Date(Date.now() - 60_000) } });
    await expect(redeem(token)).rejects.toMatchObject({ code: "INVALID_TRANSITION", message: expect.stringContaining("expired") });
    expect(await getGuestInvite(token)).toMatchObject({ state: "expired" });
    expect(await db.dealRoomGuest.findUniqueOrThrow({ where: { id: guestId } })).toMatchObject({ redeemedAt: null, name: null });
    expect(await db.ndaAcceptance.count({ where: { guestId } })).toBe(0);
    expect(await listRoomGuests(w.ally, w.room.id)).toMatchObject([{ status: "expired" }]);
  });

  it("gives two submissions of one link at the same instant one session and one refusal", async () => {
    const w = await buildRoom();
    const token = tokenOf((await invite(w)).inviteUrl);
    const results = await Promise.allSettled([redeem(token, "Tab One"), redeem(token, "Tab Two")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason.code)).toEqual(["CONFLICT"]);
    expect(await db.ndaAcceptance.count({ where: { dealRoomId: w.room.id } })).toBe(1);
  });

  it("joins a room without an NDA by name alone", async () => {
    const w = await buildRoom();
    await updateRoomNda(w.ally, { roomId: w.room.id, ndaRequired: false, ndaText: "" });
    const token = tokenOf((await invite(w)).inviteUrl);
    expect(await getGuestInvite(token)).toMatchObject({ state: "open", nda: null });
    const { session } = await redeem(token, "Ines", undefined);
    expect((await getGuestRoomView(session.value, w.room.id)).documents).toHaveLength(2);
  });
});

describe("a guest in the room", () => {
  async function joinedGuest(overrides: Record<string, unknown> = {}) {
    const w = await buildRoom();
    const { inviteUrl, guestId } = await invite(w, overrides);
    const { session } = await redeem(tokenOf(inviteUrl));
    return { ...w, guestId, cookie: session.value };
  }

  it("views a shared document (stamped and logged with their name) and may not download it on view-only", async () => {
    const g = await joinedGuest();
    const viewed = await fetchAsGuest(g.cookie, g.room.id, g.docs.teaser);
    expect(viewed.status).toBe(200);
    expect(await viewed.text()).toBe("teaser");
    const log = await db.documentAccessLog.findFirstOrThrow({ where: { documentId: g.docs.teaser, orgId: g.ally.org.id, action: "VIEWED", userId: null } });
    expect(log.metadata).toMatchObject({
      via: "deal_room",
      dealRoomId: g.room.id,
      guestId: g.guestId,
      viewerName: "Ines Adviser",
      viewerEmail: "adviser@law-firm.example",
    });
    expect((await fetchAsGuest(g.cookie, g.room.id, g.docs.teaser, false)).status).toBe(403);
    expect((await fetchAsGuest(g.cookie, g.room.id, g.docs.model)).status).toBe(404);
    const activity = await listRoomActivity(g.ally, g.room.id);
    expect(activity.rows.map((row) => [row.orgName, row.text])).toEqual(
      expect.arrayContaining([
        ["Outside guest", "Ines Adviser opened teaser.txt"],
        ["Outside guest", expect.stringContaining("The outside guest Ines Adviser (adviser@law-firm.example) joined the deal room “Equity raise” and accepted its NDA")],
      ]),
    );
  });

  it("downloads and opens financial documents when invited to", async () => {
    const g = await joinedGuest({ accessLevel: "downloader", canSeeFinancial: true });
    expect((await fetchAsGuest(g.cookie, g.room.id, g.docs.model, false)).status).toBe(200);
  });

  it("is a 404 without a cookie, with another room's cookie, once removed, once the room closes, and after a new link", async () => {
    const g = await joinedGuest();
    const other = await joinedGuest();
    expect((await fetchAsGuest(null, g.room.id, g.docs.teaser)).status).toBe(404);
    expect((await fetchAsGuest(other.cookie, g.room.id, g.docs.teaser)).status).toBe(404);
    expect((await fetchAsGuest("forged.cookie.value", g.room.id, g.docs.teaser)).status).toBe(404);
    expect((await fetchAsGuest(g.cookie, g.room.id, other.docs.teaser)).status).toBe(404);

    const reinvite = await invite(g);
    expect((await fetchAsGuest(g.cookie, g.room.id, g.docs.teaser)).status).toBe(404);
    const { session } = await redeem(tokenOf(reinvite.inviteUrl), "Ines Adviser");
    expect((await fetchAsGuest(session.value, g.room.id, g.docs.teaser)).status).toBe(200);
    expect(await db.ndaAcceptance.count({ where: { guestId: g.guestId } })).toBe(1);

    await setRoomStatus(g.ally, { roomId: g.room.id, status: "closed" });
    expect((await fetchAsGuest(session.value, g.room.id, g.docs.teaser)).status).toBe(404);
    await setRoomStatus(g.ally, { roomId: g.room.id, status: "open" });
    expect((await fetchAsGuest(session.value, g.room.id, g.docs.teaser)).status).toBe(200);
    await removeRoomGuest(g.ally, { roomId: g.room.id, guestId: g.guestId });
    expect((await fetchAsGuest(session.value, g.room.id, g.docs.teaser)).status).toBe(404);
    await expect(getGuestRoomView(session.value, g.room.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listRoomGuests(g.ally, g.room.id)).toMatchObject([{ status: "removed" }]);
  });

  it("must accept a changed NDA before anything opens again", async () => {
    const g = await joinedGuest();
    const changed = `${NDA}\nAmended: 5 years.`;
    await updateRoomNda(g.ally, { roomId: g.room.id, ndaRequired: true, ndaText: changed });
    const view = await getGuestRoomView(g.cookie, g.room.id);
    expect(view).toMatchObject({ documents: null, ndaToAccept: { sha256: sha(changed) } });
    expect((await fetchAsGuest(g.cookie, g.room.id, g.docs.teaser)).status).toBe(403);
    await expect(acceptGuestNda(g.cookie, { roomId: g.room.id, typedName: "Ines", ndaSha256: sha(NDA) }, REQUEST)).rejects.toMatchObject({ code: "STALE_WRITE" });
    await acceptGuestNda(g.cookie, { roomId: g.room.id, typedName: "Ines Adviser", ndaSha256: sha(changed) }, REQUEST);
    expect((await fetchAsGuest(g.cookie, g.room.id, g.docs.teaser)).status).toBe(200);
    await expect(acceptGuestNda(g.cookie, { roomId: g.room.id, typedName: "Ines", ndaSha256: sha(changed) }, REQUEST)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
