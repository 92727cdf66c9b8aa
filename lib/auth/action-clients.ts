import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { toUserError } from "@/lib/errors/to-user-error";
import type { Actor } from "./actor";
import { requireTenantContext } from "./get-tenant-context";
import { assertOrgType, assertPermission, PERMISSION_MIN_ROLE, type Permission } from "./permissions";
import { getRequestMeta } from "./request-meta";

const permissionSchema = z.enum(Object.keys(PERMISSION_MIN_ROLE) as [Permission, ...Permission[]]);

/**
 * actionClient -> authActionClient -> orgActionClient. Every tenant action names the permission it
 * needs (and, when the feature belongs to one kind of org, the org types), in its metadata.
 */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () =>
    z.object({
      actionName: z.string(),
      permission: permissionSchema.optional(),
      orgTypes: z.array(z.enum(["ALLY", "INVESTOR", "ADMIN"])).optional(),
    }),
  handleServerError: (error) => toUserError(error),
  defaultValidationErrorsShape: "flattened",
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const tenant = await requireTenantContext();
  const actor: Actor = { ...tenant, request: await getRequestMeta() };
  return next({ ctx: { actor } });
});

export const orgActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  if (!metadata.permission) throw new Error(`Action ${metadata.actionName} declares no permission.`);
  if (metadata.orgTypes) assertOrgType(ctx.actor.org.type, metadata.orgTypes);
  assertPermission(ctx.actor.role, metadata.permission);
  return next({ ctx });
});
