import { z } from "zod";
import { FEATURE_FLAG_KEYS, type FeatureFlagKey } from "@/lib/access/feature-flags";
import { cleanSearchText, hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import {
  DEFAULT_ORG_SORT,
  EDITABLE_STATUSES,
  ORG_PAGE_SIZES,
  ORG_SORT_KEYS,
  ORG_TYPES,
  PLATFORM_AUDIT_PAGE_SIZES,
  SUBSCRIPTION_STATUSES,
  SUBSCRIPTION_TIERS,
} from "./list-search";

// Server code keeps importing the console's list constants from here; client code takes them from list-search (no zod).
export * from "./list-search";

const single = (raw: unknown) => (Array.isArray(raw) ? raw[0] : raw) || undefined;

/**
 * The organisations list's URL state (?type=ALLY&status=trial&q=helios&sort=aiSpend&dir=desc).
 * Shared and hand-edited links never fail: a malformed value falls back to its default.
 */
export const orgListQuerySchema = z.object({
  q: z.preprocess((raw) => {
    const value = single(raw);
    return typeof value === "string" ? cleanSearchText(value).trim().slice(0, 200) : "";
  }, z.string()),
  type: z.preprocess(single, z.enum(ORG_TYPES).optional().catch(undefined)),
  tier: z.preprocess(single, z.enum(SUBSCRIPTION_TIERS).optional().catch(undefined)),
  status: z.preprocess(single, z.enum(SUBSCRIPTION_STATUSES).optional().catch(undefined)),
  sort: z.preprocess(single, z.enum(ORG_SORT_KEYS).catch(DEFAULT_ORG_SORT.sort)).default(DEFAULT_ORG_SORT.sort),
  dir: z.preprocess(single, z.enum(["asc", "desc"]).catch(DEFAULT_ORG_SORT.dir)).default(DEFAULT_ORG_SORT.dir),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
  pageSize: z
    .preprocess(
      single,
      z.coerce
        .number()
        .refine((size) => (ORG_PAGE_SIZES as readonly number[]).includes(size))
        .catch(ORG_PAGE_SIZES[0]),
    )
    .default(ORG_PAGE_SIZES[0]),
});
export type OrgListQuery = z.infer<typeof orgListQuerySchema>;

export function parseOrgListQuery(searchParams: Record<string, string | string[] | undefined> = {}): OrgListQuery {
  return orgListQuerySchema.parse(searchParams);
}

const orgId = z.uuid("Unknown organisation.");

/** A calendar day, YYYY-MM-DD, that exists. */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date like 2027-01-31.")
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "Enter a date that exists.");

export const changeOrgTierSchema = z.object({ orgId, tier: z.enum(SUBSCRIPTION_TIERS, "Choose a plan.") });
export type ChangeOrgTierInput = z.infer<typeof changeOrgTierSchema>;

export const changeOrgStatusSchema = z
  .object({
    orgId,
    status: z.enum(EDITABLE_STATUSES, "Choose a status."),
    trialEndsAt: z.preprocess((raw) => (raw === "" ? undefined : raw), isoDay.optional()),
  })
  .superRefine((input, ctx) => {
    if (input.status === "trial" && !input.trialEndsAt) ctx.addIssue({ code: "custom", path: ["trialEndsAt"], message: "A trial needs the day it ends." });
    if (input.status !== "trial" && input.trialEndsAt) ctx.addIssue({ code: "custom", path: ["trialEndsAt"], message: "Only a trial has an end date." });
  });
export type ChangeOrgStatusInput = z.infer<typeof changeOrgStatusSchema>;

export const setOrgAiBudgetSchema = z.object({
  orgId,
  /** USD a month; empty for the plan's default. */
  budgetUsd: z
    .string()
    .trim()
    .regex(/^(\d{1,9}(\.\d{1,2})?)?$/, "Enter an amount in USD like 500 or 499.50, or leave it empty for the plan's default."),
});
export type SetOrgAiBudgetInput = z.infer<typeof setOrgAiBudgetSchema>;

export const FLAG_SETTINGS = ["on", "off", "default"] as const;
export type FlagSetting = (typeof FLAG_SETTINGS)[number];

export const setOrgFeatureFlagSchema = z.object({
  orgId,
  featureKey: z.enum(FEATURE_FLAG_KEYS as [FeatureFlagKey, ...FeatureFlagKey[]], "Unknown feature."),
  setting: z.enum(FLAG_SETTINGS, "Choose on, off or the default."),
});
export type SetOrgFeatureFlagInput = z.infer<typeof setOrgFeatureFlagSchema>;

export const suspendOrgSchema = z.object({
  orgId,
  reason: z
    .string()
    .trim()
    .min(3, "Say why (at least 3 characters): it is kept in the audit log.")
    .max(500, "Keep the reason under 500 characters.")
    .refine(hasNoNul, NUL_MESSAGE),
});
export type SuspendOrgInput = z.infer<typeof suspendOrgSchema>;

export const reinstateOrgSchema = z.object({ orgId });
export type ReinstateOrgInput = z.infer<typeof reinstateOrgSchema>;

const auditDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value));

/**
 * The platform audit search's URL state: one org or all, an exact entity type and person, a date
 * range, and free text matched against the action code ("suspend", "feature_flag", "document.").
 */
export const platformAuditQuerySchema = z.object({
  org: z.preprocess(single, z.uuid().optional().catch(undefined)),
  q: z.preprocess((raw) => {
    const value = single(raw);
    return typeof value === "string" ? cleanSearchText(value).trim().toLowerCase().slice(0, 100) : "";
  }, z.string()),
  entityType: z.preprocess(
    single,
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
      .max(100)
      .optional()
      .catch(undefined),
  ),
  user: z.preprocess(
    single,
    z
      .union([z.uuid(), z.literal("system")])
      .optional()
      .catch(undefined),
  ),
  from: z.preprocess(single, auditDay.optional().catch(undefined)),
  to: z.preprocess(single, auditDay.optional().catch(undefined)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(1_000_000).catch(1)).default(1),
  pageSize: z
    .preprocess(
      single,
      z.coerce
        .number()
        .refine((size) => (PLATFORM_AUDIT_PAGE_SIZES as readonly number[]).includes(size))
        .catch(PLATFORM_AUDIT_PAGE_SIZES[0]),
    )
    .default(PLATFORM_AUDIT_PAGE_SIZES[0]),
});
export type PlatformAuditQuery = z.infer<typeof platformAuditQuerySchema>;

export function parsePlatformAuditQuery(searchParams: Record<string, string | string[] | undefined> = {}): PlatformAuditQuery {
  return platformAuditQuerySchema.parse(searchParams);
}
