import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireTenantContextFromRequest } from "@/lib/auth/get-tenant-context";
import { assertOrgType, assertPermission, type Permission } from "@/lib/auth/permissions";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { DATAROOM_ORG_TYPES } from "./dataroom-org-types";

/** Route handlers check what orgActionClient checks for actions. */
export async function requireRouteActor(request: Request, permission: Permission): Promise<Actor> {
  const tenant = await requireTenantContextFromRequest(request);
  assertOrgType(tenant.org.type, DATAROOM_ORG_TYPES);
  assertPermission(tenant.role, permission);
  return { ...tenant, request: requestMetaFrom(request.headers) };
}
