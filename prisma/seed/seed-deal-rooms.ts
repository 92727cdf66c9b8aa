import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { day, daysAgo, demoId } from "./demo-ids";

export const dealRoomId = (key: "turkana" | "mt-elgon") => demoId(`helios/deal-room/${key}`);

/** Helios shares Turkana with Northwind in an open room; the Mount Elgon room closed when Northwind invested. */
export async function seedDealRooms(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users, projects } = ctx;
  await db.dealRoom.createMany({
    skipDuplicates: true,
    data: [
      {
        id: dealRoomId("turkana"),
        projectId: projects.turkana.id,
        allyOrgId: orgs.helios,
        name: "Turkana Solar Park - Equity Raise",
        status: "open",
        ndaRequired: true,
        createdBy: users.amara,
        createdAt: daysAgo(53, 8),
        updatedAt: daysAgo(10, 10),
      },
      {
        id: dealRoomId("mt-elgon"),
        projectId: projects.mtElgon.id,
        allyOrgId: orgs.helios,
        name: "Mount Elgon Hydro - Series A",
        status: "closed",
        ndaRequired: true,
        createdBy: users.amara,
        createdAt: day("2025-11-10"),
        updatedAt: day("2026-03-06"),
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
        ndaAcceptedAt: daysAgo(53, 15),
        accessLevel: "commenter",
        createdAt: daysAgo(53, 8.5),
      },
      {
        id: demoId("helios/deal-room/mt-elgon/northwind"),
        dealRoomId: dealRoomId("mt-elgon"),
        orgId: orgs.northwind,
        invitedBy: users.amara,
        ndaAcceptedAt: day("2025-11-12"),
        accessLevel: "viewer",
        createdAt: day("2025-11-10"),
      },
    ],
  });
}
