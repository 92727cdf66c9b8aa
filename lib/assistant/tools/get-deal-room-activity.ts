import { z } from "zod";
import { hasAccess } from "@/lib/access/check-access";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { listProjectRooms } from "@/lib/deal-rooms/get-ally-room-view";
import { listMemberRooms } from "@/lib/deal-rooms/get-member-room-view";
import { listRoomActivity } from "@/lib/deal-rooms/list-room-activity";
import type { AssistantCitation } from "../assistant-message";
import { defineTool, unavailable } from "./tool-definition";

const inputSchema = z.object({ projectId: z.uuid().optional().describe("The developer's project whose deal rooms to read (required for a developer).") });

const ROOMS_READ = 3;
const EVENTS_PER_ROOM = 10;

/**
 * A developer: the project's deal rooms and their latest activity (the room's activity page). An
 * investor: the rooms its org is a member of and whether the NDA is still to accept (the deal rooms page).
 */
export const getDealRoomActivityTool = defineTool({
  name: "getDealRoomActivity",
  description:
    "Deal rooms: for a developer, a project's rooms with members, shared documents and the latest activity (who opened what); for an investor, the rooms it belongs to.",
  inputSchema,
  rules: [dealRoomsAccess.manageRead, dealRoomsAccess.read],
  async run({ actor, cite }, { projectId }) {
    if (hasAccess(actor, dealRoomsAccess.manageRead)) {
      if (!projectId) return unavailable("Name the project whose deal rooms to read.");
      const rooms = await listProjectRooms(actor, projectId);
      const citations: AssistantCitation[] = [];
      const read = await Promise.all(
        rooms.slice(0, ROOMS_READ).map(async (room) => {
          const activity = await listRoomActivity(actor, room.id);
          const citation = cite({
            kind: "deal-room",
            title: room.name,
            href: `/projects/${projectId}/deal-rooms/${room.id}/activity`,
            snippet: activity.rows[0]?.text ?? null,
          });
          citations.push(citation);
          return {
            name: room.name,
            status: room.status,
            members: room.memberCount,
            documents: room.documentCount,
            events: activity.total,
            latest: activity.rows.slice(0, EVENTS_PER_ROOM).map((row) => ({ at: row.at, org: row.orgName, what: row.text })),
            citation: citation.n,
          };
        }),
      );
      return { available: true, data: { rooms: read, roomCount: rooms.length }, citations };
    }
    if (hasAccess(actor, dealRoomsAccess.read)) {
      const rooms = await listMemberRooms(actor);
      const citations = rooms.map((room) =>
        cite({ kind: "deal-room", title: room.name, href: `/deal-rooms/${room.id}`, snippet: `${room.projectName} · ${room.allyOrgName}` }),
      );
      return {
        available: true,
        data: {
          rooms: rooms.map((room, i) => ({
            name: room.name,
            project: room.projectName,
            developer: room.allyOrgName,
            ndaPending: room.ndaPending,
            citation: citations[i]!.n,
          })),
        },
        citations,
      };
    }
    return unavailable("Deal rooms are not available to your role or organisation.");
  },
});
