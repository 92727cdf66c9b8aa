import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { STATUS_ACCESS } from "@/lib/access/tiers";
import { AppError } from "@/lib/errors/app-error";
import { getAuthMode } from "./auth-mode";
import { tenantFromClerkRequest, tenantFromClerkSession } from "./clerk/tenant-from-clerk-session";
import { LOCAL_SESSION_COOKIE, readLocalSession } from "./local-session";
import { selectSessionTenant } from "./select-tenant";
import type { TenantContext } from "./tenant-context";

/** The signed-in user's tenant for this request (memoised per request), or null. */
export const getTenantContext = cache(async (): Promise<TenantContext | null> => {
  // Reading the cookies first marks every page that asks for the tenant as dynamic, so none is
  // prerendered at build time, when no session (and perhaps no auth configuration) exists.
  const cookieStore = await cookies();
  if (getAuthMode() === "clerk") return tenantFromClerkSession();
  const session = await readLocalSession(cookieStore.get(LOCAL_SESSION_COOKIE)?.value);
  // A token signed before sessions were recorded names no session: it is not live.
  if (!session?.sessionId) return null;
  return selectSessionTenant(session.userId, session.sessionId);
});

/** For actions and route handlers: a missing session is a 401. */
export async function requireTenantContext(): Promise<TenantContext> {
  const tenant = await getTenantContext();
  if (!tenant) throw new AppError("UNAUTHENTICATED", "Your session has expired: please sign in again.");
  return tenant;
}

/**
 * For route handlers outside the proxy's matcher (streamed uploads): Clerk's session is verified
 * from the request; the local session cookie is read as everywhere else.
 */
export async function requireTenantContextFromRequest(request: Request): Promise<TenantContext> {
  const tenant = getAuthMode() === "clerk" ? await tenantFromClerkRequest(request) : await getTenantContext();
  if (!tenant) throw new AppError("UNAUTHENTICATED", "Your session has expired: please sign in again.");
  return tenant;
}

/**
 * For pages: a missing session goes to the sign-in page, a member of a suspended or cancelled org
 * to the page that says so: nothing of the workspace renders for them.
 */
export async function requireTenantPage(): Promise<TenantContext> {
  const tenant = await getTenantContext().catch((error: unknown) => {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") return null;
    throw error;
  });
  if (!tenant) redirect("/sign-in");
  if (STATUS_ACCESS[tenant.org.status] === "none") redirect("/suspended");
  if (tenant.org.awaitingType) redirect("/welcome");
  return tenant;
}
