import { z } from "zod";
import { DEAL_ROOM_STATUSES } from "@/lib/deal-rooms/room-rules";
import { defineApiOperation } from "../define-api-operation";

export const apiProjectDealRoomSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(DEAL_ROOM_STATUSES),
    memberCount: z.number().int().meta({ description: "Investor orgs currently in the room." }),
    documentCount: z.number().int().meta({ description: "Documents shared into the room." }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "ProjectDealRoom" });

export const listProjectDealRoomsOperation = defineApiOperation({
  id: "listProjectDealRooms",
  method: "GET",
  path: "/projects/{projectId}/deal-rooms",
  scope: "documents:read",
  tag: "Deal rooms",
  summary: "List the deal rooms opened on a project, newest first",
  description:
    "The developer's side (ALLY org's key): another kind of org's key, and another org's project, get 404; 403 when the org's deal rooms feature " +
    "is off. A room hands out the project's documents, hence documents:read.",
  params: z.object({ projectId: z.uuid().meta({ description: "The project's id." }) }),
  response: z.object({ data: z.array(apiProjectDealRoomSchema) }),
});
