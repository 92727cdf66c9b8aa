import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";

/** How long a link lives: a week at most, so a forwarded link does not stay open for good. */
export const SHARE_EXPIRY_SECONDS = { "1h": 3600, "24h": 86_400, "3d": 3 * 86_400, "7d": 7 * 86_400 } as const;
export type ShareExpiry = keyof typeof SHARE_EXPIRY_SECONDS;
export const SHARE_EXPIRY_LABELS: Record<ShareExpiry, string> = { "1h": "1 hour", "24h": "24 hours", "3d": "3 days", "7d": "7 days" };
export const DEFAULT_SHARE_EXPIRY: ShareExpiry = "24h";

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
