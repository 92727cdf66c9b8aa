import { auth, createClerkClient } from "@clerk/nextjs/server";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { loadTenantContext } from "../load-tenant-context";
import type { TenantContext } from "../tenant-context";
import { orgIdForClerkOrg, roleFromClerk } from "./clerk-ids";
import { upsertClerkMember, upsertClerkOrg } from "./sync-clerk-identity";

const claim = (claims: Record<string, unknown> | null | undefined, key: string) => (typeof claims?.[key] === "string" ? (claims[key] as string) : undefined);

/**
 * The tenant of a verified Clerk session. Users and organisations are kept in step with the
 * session's claims (active org, org role, and the email/name/org_type claims of the session
 * token template described in the README); Clerk webhooks keep them in step between sessions.
 */
export async function tenantFromClerkSession(): Promise<TenantContext | null> {
  return tenantFromClerkAuth(await auth());
}

/**
 * For route handlers the proxy does not run on (streamed uploads: the proxy would buffer the body),
 * the session token is verified from the request itself, offline with CLERK_JWT_KEY as in the proxy.
 */
export async function tenantFromClerkRequest(request: Request): Promise<TenantContext | null> {
  const jwtKey = process.env.CLERK_JWT_KEY;
  const authorizedParties = process.env.CLERK_AUTHORIZED_PARTIES?.split(",").map((party) => party.trim());
  const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY, publishableKey: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY, jwtKey });
  const state = await clerk.authenticateRequest(request, { jwtKey, authorizedParties });
  return state.isSignedIn ? tenantFromClerkAuth(state.toAuth()) : null;
}

type ClerkAuth = { userId: string | null; orgId?: string | null; orgRole?: string | null; orgSlug?: string | null; sessionClaims?: unknown };

async function tenantFromClerkAuth({ userId, orgId, orgRole, orgSlug, sessionClaims }: ClerkAuth): Promise<TenantContext | null> {
  if (!userId) return null;
  const claims = sessionClaims as Record<string, unknown> | null;
  const existing = await db.user.findUnique({ where: { externalAuthId: userId } });
  const email = claim(claims, "email") ?? existing?.email;

  if (orgId && email) {
    const inStep = existing && existing.orgId === orgIdForClerkOrg(orgId) && existing.role === roleFromClerk(orgRole);
    if (!inStep) {
      await upsertClerkOrg({
        clerkOrgId: orgId,
        name: claim(claims, "org_name") ?? orgSlug ?? orgId,
        slug: orgSlug,
        orgType: claim(claims, "org_type"),
      });
      await upsertClerkMember({
        clerkUserId: userId,
        clerkOrgId: orgId,
        email,
        fullName: claim(claims, "name") ?? existing?.fullName ?? email,
        clerkRole: orgRole,
      });
    }
  }

  const user = await db.user.findUnique({ where: { externalAuthId: userId }, select: { id: true, isActive: true } });
  if (!user) {
    throw new AppError("UNAUTHENTICATED", "Your account is not linked to an organisation yet: choose an organisation in Clerk, or ask an admin to invite you.");
  }
  if (user.isActive) {
    // Every request carries the session; recording it once an hour is enough for "last sign-in".
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await db.user.updateMany({
      where: { id: user.id, OR: [{ lastLoginAt: null }, { lastLoginAt: { lt: hourAgo } }] },
      data: { lastLoginAt: new Date() },
    });
  }
  return loadTenantContext(user.id);
}
