import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { LOGO_MAX_BYTES, LOGO_MIME_TYPES } from "./logo-limits";

/** The platform's own colours: what an org without branding shows, and the form's starting point. */
export const DEFAULT_BRANDING = { primaryColor: "#175d50", accentColor: "#2a8f78" } as const;

export { LOGO_MAX_BYTES, LOGO_MIME_TYPES };

const hexColorSchema = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Use a hex colour like #175D50.")
  .transform((value) => value.toLowerCase());

export const updateOrgSettingsSchema = z.object({
  name: z.string().trim().min(2, "Enter the organisation's name.").max(255, "Keep the name under 255 characters.").refine(hasNoNul, NUL_MESSAGE),
  primaryColor: hexColorSchema,
  accentColor: hexColorSchema,
});
export type UpdateOrgSettingsInput = z.infer<typeof updateOrgSettingsSchema>;

/** The declared size is checked here; the content (is it really an image?) by uploadOrgLogo. */
export const uploadOrgLogoSchema = z.object({
  logo: z
    .instanceof(File, { message: "Choose an image file." })
    .refine((file) => file.size > 0, "That file is empty.")
    .refine((file) => file.size <= LOGO_MAX_BYTES, "The logo must be 2 MB or smaller."),
});

/** Platform admins are made by the platform, never chosen: only the two customer kinds are offered. */
export const chooseOrgTypeSchema = z.object({ type: z.enum(["ALLY", "INVESTOR"], "Choose whether your organisation develops projects or invests.") });
export type ChooseOrgTypeInput = z.infer<typeof chooseOrgTypeSchema>;
