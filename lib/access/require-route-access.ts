import "server-only";
import { type Actor, userActor } from "@/lib/auth/actor";
import { requireTenantContextFromRequest } from "@/lib/auth/get-tenant-context";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import type { AccessRule } from "./access-rule";
import { assertAccess } from "./assert-access";

/** Route handlers check the same rule orgActionClient checks for actions. */
export async function requireRouteAccess(request: Request, rule: AccessRule): Promise<Actor> {
  const tenant = await requireTenantContextFromRequest(request);
  assertAccess(tenant, rule);
  return userActor(tenant, requestMetaFrom(request.headers));
}
