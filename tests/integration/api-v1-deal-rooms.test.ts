import { describe, expect, it } from "vitest";
import { openDealRoom } from "@/lib/deal-rooms/open-deal-room";
import { openDealRoomSchema } from "@/lib/deal-rooms/schemas";
import { createMatch } from "@/prisma/factories";
import { type ApiErrorBody, callApi, issueApiKey } from "../support/api-v1";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: listDealRooms } = await import("@/app/api/v1/projects/[projectId]/deal-rooms/route");

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
