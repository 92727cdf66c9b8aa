import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { DEFAULT_SHARE_EXPIRY, SHARE_EXPIRY_LABELS, SHARE_EXPIRY_SECONDS, type ShareExpiry } from "./share-expiry";

export { DEFAULT_SHARE_EXPIRY, SHARE_EXPIRY_LABELS, SHARE_EXPIRY_SECONDS, type ShareExpiry };

export const createShareLinkSchema = z.object({
  documentId: z.uuid("Unknown document."),
  recipientEmail: z
    .string("Enter the recipient's email address.")
    .trim()
    .toLowerCase()
    .max(320, "That email address is too long.")
    .pipe(z.email("Enter a valid email address, e.g. name@company.com.")),
  note: z
    .string()
    .trim()
    .max(500, "Keep the note under 500 characters.")
    .refine(hasNoNul, NUL_MESSAGE)
    .optional()
    .transform((note) => note || undefined),
  expiresIn: z.enum(Object.keys(SHARE_EXPIRY_SECONDS) as [ShareExpiry, ...ShareExpiry[]], "Choose how long the link works.").default(DEFAULT_SHARE_EXPIRY),
});
export type CreateShareLinkInput = z.infer<typeof createShareLinkSchema>;

export const revokeShareLinkSchema = z.object({ sharedLogId: z.uuid("Unknown share link.") });
export type RevokeShareLinkInput = z.infer<typeof revokeShareLinkSchema>;
