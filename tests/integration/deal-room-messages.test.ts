import { signIn } from "../support/mock-request-context";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/tenant-context";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import { createMatch, createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { postRoomMessage } = await import("@/lib/deal-rooms/messages/post-room-message");
const { listRoomMessages } = await import("@/lib/deal-rooms/messages/list-room-messages");
const { postRoomMessageSchema } = await import("@/lib/deal-rooms/messages/schemas");
const { postRoomMessageAction } = await import("@/lib/deal-rooms/messages/actions");
const { openDealRoom } = await import("@/lib/deal-rooms/open-deal-room");
const { acceptNda } = await import("@/lib/deal-rooms/accept-nda");
const { removeRoomMember } = await import("@/lib/deal-rooms/manage-room-members");
const { setRoomStatus } = await import("@/lib/deal-rooms/update-room-settings");
const { ndaSha256 } = await import("@/lib/deal-rooms/nda-sha256");
const { listAuditLogs } = await import("@/lib/audit/list-audit-logs");
const { sentenceText } = await import("@/lib/audit/sentence-parts");

beforeEach(() => signIn(null));

const NDA = "Mutual NDA: three years of confidentiality.";

async function memberOf(actor: Actor, role: Role): Promise<Actor> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.org.id } });
  const user = await createUser(db, { orgId: actor.org.id, role });
  return { ...toTenantContext(user, org), request: actor.request };
}

/** An ally (manager plus an analyst), a CONNECTED investor (analyst) in an open room with an NDA. */
async function buildWorld() {
  const ally = await createTenant({ type: "ALLY", role: "manager" });
  const allyAnalyst = await memberOf(ally, "analyst");
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const project = await createTenantProject(ally, { name: `Moyale Wind ${ally.org.id.slice(0, 6)}` });
  await createMatch(db, { investorOrgId: investor.org.id, projectId: project.id, status: "CONNECTED" });
  const room = await openDealRoom(ally, {
    projectId: project.id,
    investorOrgId: investor.org.id,
    name: "Moyale equity",
    ndaRequired: true,
    ndaText: NDA,
    accessLevel: "viewer",
    canSeeFinancial: false,
  });
  return { ally, allyAnalyst, investor, project, room };
}

type World = Awaited<ReturnType<typeof buildWorld>>;

const post = (actor: Actor, w: World, body: string, extra: Record<string, unknown> = {}) =>
  postRoomMessage(actor, postRoomMessageSchema.parse({ roomId: w.room.id, body, ...extra }));
const accept = (actor: Actor, w: World) => acceptNda(actor, { roomId: w.room.id, typedName: actor.user.fullName, ndaSha256: ndaSha256(NDA) });

describe("deal room messages", () => {
  it("a member writes once its user accepted the NDA; the developer replies; both read one thread", async () => {
    const w = await buildWorld();
    await expect(post(w.investor, w, "Hello")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listRoomMessages(w.investor, w.room.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.dealRoomMessage.count({ where: { dealRoomId: w.room.id } })).toBe(0);

    await accept(w.investor, w);
    const first = await post(w.investor, w, "Could you share the wind measurement campaign?");
    const reply = await post(w.ally, w, "Uploading it this week.", { parentId: first.id });
    await expect(post(w.investor, w, "Thanks", { parentId: reply.id })).rejects.toMatchObject({ code: "VALIDATION", message: "Reply to the thread's first message." });

    for (const reader of [w.investor, w.ally]) {
      const { threads, totalThreads } = await listRoomMessages(reader, w.room.id);
      expect(totalThreads).toBe(1);
      expect(threads.map((t) => [t.body, t.authorName, t.fromAlly, t.replies.map((r) => [r.body, r.fromAlly])])).toEqual([
        ["Could you share the wind measurement campaign?", w.investor.user.fullName, false, [["Uploading it this week.", true]]],
      ]);
    }
    const audits = await db.auditLog.findMany({ where: { action: "deal_room.message_posted", entityId: w.room.id }, orderBy: { timestamp: "asc" } });
    expect(audits.map((a) => a.orgId)).toEqual([w.investor.org.id, w.ally.org.id]);
    const events = await db.outboxEvent.findMany({ where: { name: "deal_room.message_posted", orgId: { in: [w.investor.org.id, w.ally.org.id] } } });
    expect(events.map((e) => (e.payload as { messageId: string }).messageId).sort()).toEqual([first.id, reply.id].sort());
  });

  it("mentions notify the people named (not the author), each with the room as their side opens it; a stranger cannot be mentioned", async () => {
    const w = await buildWorld();
    await accept(w.investor, w);
    const stranger = await createTenant({ type: "INVESTOR" });
    await expect(post(w.investor, w, "Who owns the land lease?", { mentionedUserIds: [stranger.user.id] })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.dealRoomMessage.count({ where: { dealRoomId: w.room.id } })).toBe(0);

    const message = await post(w.investor, w, "Who owns the land lease?", { mentionedUserIds: [w.allyAnalyst.user.id, w.investor.user.id] });
    const toAnalyst = await db.notification.findMany({ where: { userId: w.allyAnalyst.user.id } });
    expect(toAnalyst).toMatchObject([
      {
        kind: "mention",
        orgId: w.ally.org.id,
        title: `${w.investor.user.fullName} mentioned you in Moyale equity`,
        link: `/projects/${w.project.id}/deal-rooms/${w.room.id}#message-${message.id}`,
      },
    ]);
    expect(await db.notification.count({ where: { userId: w.investor.user.id } })).toBe(0);

    await post(w.ally, w, "The county, leased for 30 years.", { parentId: message.id, mentionedUserIds: [w.investor.user.id] });
    expect((await db.notification.findFirstOrThrow({ where: { userId: w.investor.user.id } })).link).toMatch(new RegExp(`^/deal-rooms/${w.room.id}#message-`));
    expect((await listRoomMessages(w.ally, w.room.id)).threads[0]!.mentioned).toEqual([w.allyAnalyst.user.fullName, w.investor.user.fullName]);

    const log = (await listAuditLogs(w.investor, { page: 1, pageSize: 100 })).rows.map((row) => sentenceText(row.sentence));
    expect(log).toContain(`${w.investor.user.fullName} wrote in the deal room “Moyale equity”, mentioning ${w.allyAnalyst.user.fullName}, ${w.investor.user.fullName}`);
  });

  it("another org, a removed member and a closed room: 404 to the investor; the developer keeps reading but writes nothing more", async () => {
    const w = await buildWorld();
    await accept(w.investor, w);
    await post(w.investor, w, "First");
    const stranger = await createTenant({ type: "ALLY" });
    await expect(listRoomMessages(stranger, w.room.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(post(stranger, w, "Hi")).rejects.toMatchObject({ code: "NOT_FOUND" });

    await setRoomStatus(w.ally, { roomId: w.room.id, status: "closed" });
    await expect(listRoomMessages(w.investor, w.room.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listRoomMessages(w.ally, w.room.id)).threads.map((t) => t.body)).toEqual(["First"]);
    await expect(post(w.ally, w, "Still there?")).rejects.toMatchObject({ code: "CONFLICT" });

    await setRoomStatus(w.ally, { roomId: w.room.id, status: "open" });
    await removeRoomMember(w.ally, { roomId: w.room.id, orgId: w.investor.org.id });
    await expect(post(w.investor, w, "Hello?")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.dealRoomMessage.count({ where: { dealRoomId: w.room.id } })).toBe(1);
  });

  it("the action explains an empty message and refuses a viewer", async () => {
    const w = await buildWorld();
    signIn(w.ally);
    const empty = await postRoomMessageAction({ roomId: w.room.id, body: "   " });
    expect(empty?.validationErrors).toMatchObject({ fieldErrors: { body: ["Write the message first."] } });
    signIn(await memberOf(w.ally, "viewer"));
    const refused = await postRoomMessageAction({ roomId: w.room.id, body: "Hello" });
    expect(refused?.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.dealRoomMessage.count({ where: { dealRoomId: w.room.id } })).toBe(0);
  });
});
