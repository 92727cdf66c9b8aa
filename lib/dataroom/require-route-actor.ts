import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireTenantContextFromRequest } from "@/lib/auth/get-tenant-context";
import { assertOrgType, assertPermission, type Permission } from "@/lib/auth/permissions";
import { requestMetaFrom } from "@/lib/auth/request-meta";

/** The data room belongs to allies: route handlers check what orgActionClient checks for actions. */
export const DATAROOM_ORG_TYPES = ["ALLY"] as const;

export async function requireRouteActor(request: Request, permission: Permission): Promise<Actor> {
  const tenant = await requireTenantContextFromRequest(request);
  assertOrgType(tenant.org.type, DATAROOM_ORG_TYPES);
  assertPermission(tenant.role, permission);
  return { ...tenant, request: requestMetaFrom(request.headers) };
}
