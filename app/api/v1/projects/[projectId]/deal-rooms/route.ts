import { apiRoute } from "@/lib/api/api-route";
import { assertApiFeature } from "@/lib/api/assert-api-feature";
import { listProjectDealRoomsOperation } from "@/lib/api/deal-rooms/operations";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { listProjectRooms } from "@/lib/deal-rooms/get-ally-room-view";

export const GET = apiRoute(listProjectDealRoomsOperation, async ({ actor, params }) => {
  await assertApiFeature(actor, dealRoomsAccess.manageRead);
  return { data: await listProjectRooms(actor, params.projectId) };
});
