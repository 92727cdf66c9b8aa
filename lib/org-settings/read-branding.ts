import { z } from "zod";

const brandingSchema = z
  .object({
    primaryColor: z.string().optional().catch(undefined),
    accentColor: z.string().optional().catch(undefined),
    logoKey: z.string().optional().catch(undefined),
    logoContentType: z.string().optional().catch(undefined),
  })
  .catch({});

export type Branding = z.infer<typeof brandingSchema>;

/** The `branding` object of organizations.settings; anything malformed reads as unset. */
export function readBranding(settings: unknown): Branding {
  const branding = settings && typeof settings === "object" ? (settings as Record<string, unknown>).branding : undefined;
  return brandingSchema.parse(branding ?? {});
}

/** settings with `patch` merged into `branding` (a key given as undefined is removed); every other key is kept. */
export function mergeBranding(settings: unknown, patch: Partial<Branding>): Record<string, unknown> {
  const current = settings && typeof settings === "object" && !Array.isArray(settings) ? (settings as Record<string, unknown>) : {};
  const existing = current.branding && typeof current.branding === "object" ? (current.branding as Record<string, unknown>) : {};
  const branding = Object.fromEntries(Object.entries({ ...existing, ...patch }).filter(([, value]) => value !== undefined));
  return { ...current, branding };
}
