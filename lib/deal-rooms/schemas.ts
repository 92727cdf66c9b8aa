import { z } from "zod";
import { DEAL_ROOM_STATUSES, MEMBER_ACCESS_LEVELS } from "./room-rules";

const id = (what: string) => z.uuid(`Unknown ${what}.`);
const ndaText = z.string().trim().max(50_000, "The NDA is too long (50,000 characters at most).");

export const memberPermissionsSchema = z.object({
  accessLevel: z.enum(MEMBER_ACCESS_LEVELS).default("viewer"),
  canSeeFinancial: z.boolean().default(false),
});

export const openDealRoomSchema = z
  .object({
    projectId: id("project"),
    investorOrgId: id("investor"),
    name: z.string().trim().min(1, "Name the room.").max(255, "The name is too long (255 characters at most)."),
    ndaRequired: z.boolean().default(true),
    ndaText: ndaText.default(""),
  })
  .extend(memberPermissionsSchema.shape)
  .refine((input) => !input.ndaRequired || input.ndaText.length > 0, { path: ["ndaText"], message: "A room that requires an NDA needs its text." });
export type OpenDealRoomInput = z.infer<typeof openDealRoomSchema>;

export const inviteMemberSchema = z.object({ roomId: id("deal room"), orgId: id("investor") }).extend(memberPermissionsSchema.shape);
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const removeMemberSchema = z.object({ roomId: id("deal room"), orgId: id("investor") });

export const roomDocumentSchema = z.object({ roomId: id("deal room"), documentId: id("document") });

export const updateNdaSchema = z
  .object({ roomId: id("deal room"), ndaRequired: z.boolean(), ndaText })
  .refine((input) => !input.ndaRequired || input.ndaText.length > 0, { path: ["ndaText"], message: "A room that requires an NDA needs its text." });

export const setRoomStatusSchema = z.object({ roomId: id("deal room"), status: z.enum(DEAL_ROOM_STATUSES) });

export const acceptNdaSchema = z.object({
  roomId: id("deal room"),
  typedName: z.string().trim().min(1, "Type your full name to accept the NDA.").max(255, "The name is too long (255 characters at most)."),
  /** The hash of the text the user read: if the ally changed the NDA meanwhile, they must read the new one. */
  ndaSha256: z.string().regex(/^[0-9a-f]{64}$/, "Unknown NDA version."),
});
export type AcceptNdaInput = z.infer<typeof acceptNdaSchema>;
