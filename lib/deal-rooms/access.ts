import { defineAccess } from "@/lib/access/access-rule";

/**
 * Deal rooms: an ally opens a room on one of its projects and invites investor orgs; the members
 * read what was shared into it once they have accepted its NDA. Writers on the ally side are the
 * data room's writers, since a room hands out the project's documents.
 */
export const dealRoomsAccess = defineAccess({
  /** The ally's rooms on its projects: members, shared documents, NDA acceptances. */
  manageRead: { feature: "Deal rooms", orgTypes: ["ALLY"], permission: "dataroom.read", flag: "deal_rooms", writes: false },
  manage: { feature: "Deal rooms", orgTypes: ["ALLY"], permission: "dataroom.write", flag: "deal_rooms", writes: true },
  /** An investor's rooms: the list, a room's NDA and, once accepted, its documents. */
  read: { feature: "Deal rooms", orgTypes: ["INVESTOR"], permission: "dataroom.read", flag: "deal_rooms", writes: false },
  /** Accepting the NDA is the user's own signature: every member user may give it, but a read-only (past-due) org may not. */
  acceptNda: { feature: "Deal rooms", orgTypes: ["INVESTOR"], permission: "dataroom.read", flag: "deal_rooms", writes: true },
  /** Writing in a room's messages, on either side (the lib checks which side and the NDA); viewers read them. */
  message: { feature: "Deal rooms", orgTypes: ["ALLY", "INVESTOR"], permission: "dataroom.write", flag: "deal_rooms", writes: true },
});
