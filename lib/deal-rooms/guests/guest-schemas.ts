import { z } from "zod";
import { memberPermissionsSchema } from "../schemas";
import { GUEST_INVITE_DAYS } from "./guest-rules";

const id = (what: string) => z.uuid(`Unknown ${what}.`);
const typedName = z.string().trim().min(1, "Type your full name.").max(255, "The name is too long (255 characters at most).");
const ndaSha256 = z.string().regex(/^[0-9a-f]{64}$/, "Unknown NDA version.");

export const inviteGuestSchema = z
  .object({
    roomId: id("deal room"),
    email: z.string().trim().toLowerCase().pipe(z.email("Enter the guest's email address.").max(320, "That address is too long.")),
    expiresInDays: z.coerce
      .number()
      .int("Whole days only.")
      .min(GUEST_INVITE_DAYS.min, `At least ${GUEST_INVITE_DAYS.min} day.`)
      .max(GUEST_INVITE_DAYS.max, `At most ${GUEST_INVITE_DAYS.max} days.`)
      .default(GUEST_INVITE_DAYS.default),
  })
  .extend(memberPermissionsSchema.shape);
export type InviteGuestInput = z.infer<typeof inviteGuestSchema>;

export const removeGuestSchema = z.object({ roomId: id("deal room"), guestId: id("guest") });

/** The invite link's token is the credential; the NDA hash is the version the guest read (absent when the room needs none). */
export const redeemGuestInviteSchema = z.object({ token: z.string().max(100, "Unknown invitation."), typedName, ndaSha256: ndaSha256.optional() });
export type RedeemGuestInviteInput = z.infer<typeof redeemGuestInviteSchema>;

export const acceptGuestNdaSchema = z.object({ roomId: id("deal room"), typedName, ndaSha256 });
export type AcceptGuestNdaInput = z.infer<typeof acceptGuestNdaSchema>;
