import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import type { AccessRule } from "@/lib/access/access-rule";
import { assertAccess } from "@/lib/access/assert-access";
import { toUserError } from "@/lib/errors/to-user-error";
import { assertWithinRateLimit } from "@/lib/rate-limit/assert-within-rate-limit";
import { RATE_LIMIT_BUCKET_NAMES } from "@/lib/rate-limit/buckets";
import { userActor } from "./actor";
import { requireTenantContext } from "./get-tenant-context";
import { getRequestMeta } from "./request-meta";

/**
 * actionClient -> authActionClient -> orgActionClient. Every tenant action names, in its metadata,
 * the access rule it needs from its domain's `access.ts` (org types, permission, flag, plan, and
 * whether it writes); the middleware checks it before the action body runs.
 */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () =>
    z.object({
      actionName: z.string(),
      access: z.custom<AccessRule>((value) => typeof value === "object" && value !== null && "permission" in value).optional(),
      /** Costly work (AI runs, redactions, prints) counts against the person and the org, by plan. */
      rateLimit: z.enum(RATE_LIMIT_BUCKET_NAMES).optional(),
    }),
  handleServerError: (error) => toUserError(error),
  defaultValidationErrorsShape: "flattened",
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const tenant = await requireTenantContext();
  return next({ ctx: { actor: userActor(tenant, await getRequestMeta()) } });
});

export const orgActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  if (!metadata.access) throw new Error(`Action ${metadata.actionName} declares no access rule.`);
  assertAccess(ctx.actor, metadata.access);
  if (metadata.rateLimit) await assertWithinRateLimit(ctx.actor, metadata.rateLimit);
  return next({ ctx });
});
