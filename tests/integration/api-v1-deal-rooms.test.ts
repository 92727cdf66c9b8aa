import { describe, expect, it } from "vitest";
import { acceptNda } from "@/lib/deal-rooms/accept-nda";
import { ndaSha256 } from "@/lib/deal-rooms/nda-sha256";
import { openDealRoom } from "@/lib/deal-rooms/open-deal-room";
import { acceptNdaSchema, openDealRoomSchema } from "@/lib/deal-rooms/schemas";
import { shareRoomDocument } from "@/lib/deal-rooms/share-room-documents";
import { createDocument, createMatch } from "@/prisma/factories";
import { type ApiErrorBody, callApi, issueApiKey } from "../support/api-v1";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: listDealRooms } = await import("@/app/api/v1/projects/[projectId]/deal-rooms/route");
const { GET: listMemberRooms } = await import("@/app/api/v1/deal-rooms/route");
const { GET: getMemberRoom } = await import("@/app/api/v1/deal-rooms/[dealRoomId]/route");

type Rooms = { data: { id: string; name: string; status: string; memberCount: number; documentCount: number }[] };

describe("GET /api/v1/projects/{projectId}/deal-rooms", () => {
  it("lists the rooms opened on the developer's project, and is a 404 to another org, an investor's key, a 403 without documents:read", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const investor = await createTenant({ type: "INVESTOR" });
    const project = await createTenantProject(ally, { name: "Garissa Solar", isPublished: true });
    await createMatch(db, { investorOrgId: investor.org.id, projectId: project.id, status: "CONNECTED" });
    const room = await openDealRoom(
      ally,
      openDealRoomSchema.parse({ projectId: project.id, investorOrgId: investor.org.id, name: "Equity raise", ndaText: "Mutual NDA.", accessLevel: "viewer" }),
    );
    const call = (key: string) =>
      callApi<Rooms & ApiErrorBody>(listDealRooms, "GET", { key, path: `/projects/${project.id}/deal-rooms`, params: { projectId: project.id } });

    const { status, body } = await call(await issueApiKey(ally, ["documents:read"]));
    expect(status).toBe(200);
    expect(body.data).toEqual([expect.objectContaining({ id: room.id, name: "Equity raise", status: "open", memberCount: 1, documentCount: 0 })]);

    expect((await call(await issueApiKey(await createTenant({ type: "ALLY" }), ["documents:read"]))).status).toBe(404);
    expect((await call(await issueApiKey(investor, ["documents:read"]))).status).toBe(404);
    const noScope = await call(await issueApiKey(ally, ["projects:read"]));
    expect([noScope.status, noScope.body.error.details]).toEqual([403, { missingScope: "documents:read" }]);
  });
});

describe("GET /api/v1/deal-rooms and /deal-rooms/{id}, the investor member's side", () => {
  type MemberRooms = { data: { id: string; name: string; ndaPending: boolean }[]; nextCursor: string | null };
  type MemberRoom = { data: { id: string; nda: { required: boolean; accepted: boolean }; documents: { id: string; name: string }[] | null } };

  async function world() {
    const ally = await createTenant({ type: "ALLY" });
    const investor = await createTenant({ type: "INVESTOR" });
    const project = await createTenantProject(ally, { name: "Garissa Solar", isPublished: true });
    await createMatch(db, { investorOrgId: investor.org.id, projectId: project.id, status: "CONNECTED" });
    const open = (name: string) =>
      openDealRoom(ally, openDealRoomSchema.parse({ projectId: project.id, investorOrgId: investor.org.id, name, ndaText: "Mutual NDA.", accessLevel: "viewer" }));
    const room = await open("Equity raise");
    const shared = await createDocument(db, { orgId: ally.org.id, uploadedBy: ally.user.id, projectId: project.id, name: "Yield study.pdf" });
    await createDocument(db, { orgId: ally.org.id, uploadedBy: ally.user.id, projectId: project.id, name: "Not shared.pdf" });
    await shareRoomDocument(ally, { roomId: room.id, documentId: shared.id });
    return { ally, investor, project, room, shared, open };
  }

  it("lists the member's open rooms by cursor and shows a room's shared documents only once the key's creator has accepted the NDA", async () => {
    const { investor, room, shared, open } = await world();
    const second = await open("Debt raise");
    await db.dealRoom.update({ where: { id: room.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const key = await issueApiKey(investor, ["documents:read"]);

    const first = await callApi<MemberRooms>(listMemberRooms, "GET", { key, path: "/deal-rooms?limit=1" });
    expect([first.status, first.body.data.map((r) => [r.id, r.ndaPending])]).toEqual([200, [[second.id, true]]]);
    const rest = await callApi<MemberRooms>(listMemberRooms, "GET", { key, path: `/deal-rooms?limit=1&cursor=${first.body.nextCursor}` });
    expect([rest.body.data.map((r) => r.id), rest.body.nextCursor]).toEqual([[room.id], null]);

    const get = () => callApi<MemberRoom>(getMemberRoom, "GET", { key, path: `/deal-rooms/${room.id}`, params: { dealRoomId: room.id } });
    const before = await get();
    expect([before.status, before.body.data.nda, before.body.data.documents]).toEqual([200, expect.objectContaining({ required: true, accepted: false }), null]);
    await acceptNda(investor, acceptNdaSchema.parse({ roomId: room.id, typedName: "Priya Investor", ndaSha256: ndaSha256("Mutual NDA.") }));
    const after = await get();
    expect(after.body.data.nda.accepted).toBe(true);
    expect(after.body.data.documents?.map((d) => [d.id, d.name])).toEqual([[shared.id, "Yield study.pdf"]]);
    expect((await callApi<MemberRooms>(listMemberRooms, "GET", { key, path: "/deal-rooms" })).body.data.find((r) => r.id === room.id)?.ndaPending).toBe(false);
  });

  it("is a 404 to another investor, the developer's key, a closed room and a malformed id; a 403 without documents:read; a 400 for a bad cursor", async () => {
    const { ally, investor, room } = await world();
    const get = (key: string, dealRoomId = room.id) => callApi<ApiErrorBody>(getMemberRoom, "GET", { key, path: `/deal-rooms/${dealRoomId}`, params: { dealRoomId } });
    const stranger = await issueApiKey(await createTenant({ type: "INVESTOR" }), ["documents:read"]);
    expect((await get(stranger)).status).toBe(404);
    expect((await callApi<MemberRooms>(listMemberRooms, "GET", { key: stranger, path: "/deal-rooms" })).body.data).toEqual([]);
    expect((await get(await issueApiKey(ally, ["documents:read"]))).status).toBe(404);
    const key = await issueApiKey(investor, ["documents:read"]);
    expect((await get(key, "room-1")).status).toBe(404);
    const noScope = await get(await issueApiKey(investor, ["projects:read"]));
    expect([noScope.status, noScope.body.error.details]).toEqual([403, { missingScope: "documents:read" }]);
    const badCursor = await callApi<ApiErrorBody>(listMemberRooms, "GET", { key, path: "/deal-rooms?cursor=xyz" });
    expect([badCursor.status, badCursor.body.error.code]).toEqual([400, "VALIDATION"]);
    await db.dealRoom.update({ where: { id: room.id }, data: { status: "closed" } });
    expect((await get(key)).status).toBe(404);
    expect((await callApi<MemberRooms>(listMemberRooms, "GET", { key, path: "/deal-rooms" })).body.data).toEqual([]);
  });
});
