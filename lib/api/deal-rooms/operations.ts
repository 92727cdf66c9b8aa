import { z } from "zod";
import { DEAL_ROOM_STATUSES, MEMBER_ACCESS_LEVELS } from "@/lib/deal-rooms/room-rules";
import { defineApiOperation } from "../define-api-operation";
import { keysetQueryFields } from "../keyset-query";

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

const INVESTOR_ONLY =
  "An investor's (INVESTOR org's) key; another kind of org's gets 404, and so does a room the org is not a current member of, or that is no " +
  "longer open. 403 when the org's deal rooms feature is off.";
const NDA_PERSON = "A room's NDA is accepted by a person: the key reads as its creator, so ndaPending and documents follow the key creator's acceptance.";

export const apiMemberRoomSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    projectId: z.uuid(),
    projectName: z.string(),
    allyOrgName: z.string().meta({ description: "The developer running the room." }),
    ndaPending: z.boolean().meta({ description: "The room needs an NDA the key's creator has not accepted in its current text." }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "MemberDealRoom" });

export const apiMemberRoomViewSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    projectId: z.uuid(),
    projectName: z.string(),
    allyOrgName: z.string(),
    accessLevel: z.enum(MEMBER_ACCESS_LEVELS),
    canSeeFinancial: z.boolean(),
    nda: z.object({ required: z.boolean(), text: z.string(), sha256: z.string(), accepted: z.boolean() }),
    documents: z
      .array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          fileType: z.string(),
          fileSizeBytes: z.number().int(),
          version: z.number().int(),
          updatedAt: z.iso.datetime(),
          isFinancial: z.boolean(),
        }),
      )
      .nullable()
      .meta({ description: "The shared documents the member may open (metadata only), each at its current version; null until the NDA is accepted." }),
  })
  .meta({ id: "MemberDealRoomView" });

export const listDealRoomsOperation = defineApiOperation({
  id: "listDealRooms",
  method: "GET",
  path: "/deal-rooms",
  scope: "documents:read",
  tag: "Deal rooms",
  summary: "List the open deal rooms the org is a member of, newest first",
  description:
    "By keyset: up to `limit` (25, at most 100) a page; pass `nextCursor` back as `cursor` until it is null (a cursor this API did not hand out is a 400). " +
    `${INVESTOR_ONLY} ${NDA_PERSON}`,
  query: z.object({ ...keysetQueryFields }),
  response: z.object({ data: z.array(apiMemberRoomSchema), nextCursor: z.string().nullable() }),
});

export const getDealRoomOperation = defineApiOperation({
  id: "getDealRoom",
  method: "GET",
  path: "/deal-rooms/{dealRoomId}",
  scope: "documents:read",
  tag: "Deal rooms",
  summary: "Get a deal room with its shared documents' metadata",
  description: `As the member's room page shows it. ${INVESTOR_ONLY} ${NDA_PERSON}`,
  params: z.object({ dealRoomId: z.uuid().meta({ description: "The room's id." }) }),
  response: z.object({ data: apiMemberRoomViewSchema }),
});
