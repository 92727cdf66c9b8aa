import { apiRoute } from "@/lib/api/api-route";
import { getDealRoomOperation } from "@/lib/api/deal-rooms/operations";
import { getApiMemberRoom } from "@/lib/api/deal-rooms/read-api-member-rooms";

export const GET = apiRoute(getDealRoomOperation, async ({ actor, params }) => ({ data: await getApiMemberRoom(actor, params.dealRoomId) }));
