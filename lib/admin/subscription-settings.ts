import { z } from "zod";
import type { SubscriptionStatus } from "@/lib/db/generated/client";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const STATUSES = ["trial", "active", "past_due", "cancelled", "suspended"] as const satisfies readonly SubscriptionStatus[];

/** What a suspension keeps, so reinstating gives back the status the org had (a trial stays a trial). */
const suspensionSchema = z.object({ previousStatus: z.enum(STATUSES), reason: z.string(), at: z.string(), byUserId: z.string().nullable() });
export type Suspension = z.infer<typeof suspensionSchema>;

export type SubscriptionSettings = { trialEndsAt: string | null; suspension: Suspension | null };

const asObject = (settings: unknown): Record<string, unknown> =>
  settings && typeof settings === "object" && !Array.isArray(settings) ? (settings as Record<string, unknown>) : {};

/** The subscription keys of organizations.settings (`trialEndsAt`, `suspension`); anything malformed reads as unset. */
export function readSubscriptionSettings(settings: unknown): SubscriptionSettings {
  const object = asObject(settings);
  const trial = isoDay.safeParse(object.trialEndsAt);
  const suspension = suspensionSchema.safeParse(object.suspension);
  return { trialEndsAt: trial.success ? trial.data : null, suspension: suspension.success ? suspension.data : null };
}

/** settings with the subscription keys patched (null removes one); branding and every other key are kept. */
export function mergeSubscriptionSettings(settings: unknown, patch: Partial<SubscriptionSettings>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...asObject(settings) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged;
}
