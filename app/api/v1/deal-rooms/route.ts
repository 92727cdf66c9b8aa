import { apiRoute } from "@/lib/api/api-route";
import { listDealRoomsOperation } from "@/lib/api/deal-rooms/operations";
import { listApiMemberRooms } from "@/lib/api/deal-rooms/read-api-member-rooms";

export const GET = apiRoute(listDealRoomsOperation, ({ actor, query }) => listApiMemberRooms(actor, query));
