import { z } from "zod";
import { defineEvent, orgScoped } from "./define-event";

const room = { dealRoomId: z.uuid(), projectId: z.uuid() };

/** Facts of deal rooms. orgId is the org that acted (the ally for its room, the investor for an NDA acceptance). */
export const dealRoomEvents = {
  "deal_room.opened": defineEvent({
    description: "An ally opened a deal room on a project for an investor org (whose webhooks hear of it too).",
    public: true,
    // The investor is the room's first member: it sees the room, its project and the developer's org.
    audience: ["investorOrgId"],
    payload: z.object({ ...orgScoped, ...room, investorOrgId: z.uuid() }),
  }),
  "deal_room.member_invited": defineEvent({
    description: "An investor org was invited into a deal room, or its permissions changed (the member's webhooks hear of it too).",
    public: true,
    audience: ["memberOrgId"],
    payload: z.object({ ...orgScoped, ...room, memberOrgId: z.uuid() }),
  }),
  "deal_room.guest_invited": defineEvent({
    description: "Someone outside the platform was invited into a deal room by email, or sent a new link.",
    public: false,
    payload: z.object({ ...orgScoped, ...room, guestId: z.uuid() }),
  }),
  "deal_room.guest_joined": defineEvent({
    description: "An outside guest used their invite link (and accepted the NDA where the room requires one). orgId is the room's developer org.",
    public: false,
    payload: z.object({ ...orgScoped, ...room, guestId: z.uuid() }),
  }),
  "deal_room.document_shared": defineEvent({
    description: "A data-room document was shared into a deal room.",
    public: true,
    payload: z.object({ ...orgScoped, ...room, documentId: z.uuid() }),
  }),
  "deal_room.nda_accepted": defineEvent({
    description: "A member user accepted a deal room's NDA (the developer's webhooks hear of it too).",
    public: true,
    // The developer runs the room and sees who accepted which NDA text.
    audience: ["allyOrgId"],
    payload: z.object({ ...orgScoped, ...room, allyOrgId: z.uuid(), acceptanceId: z.uuid(), ndaSha256: z.string().length(64) }),
  }),
  "deal_room.message_posted": defineEvent({
    description: "Someone of the developer's team or of a member investor wrote a message in a deal room.",
    public: false,
    payload: z.object({ ...orgScoped, ...room, messageId: z.uuid() }),
  }),
  "deal_room.status_changed": defineEvent({
    description: "A deal room was closed, archived or reopened.",
    public: true,
    payload: z.object({ ...orgScoped, ...room, status: z.enum(["open", "closed", "archived"]) }),
  }),
};
