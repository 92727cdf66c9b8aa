/**
 * Stands in for lib/auth/get-tenant-context in action and route tests: the signed-in tenant is
 * whatever the test file's getter returns, as if resolved from a session cookie or Clerk token.
 * Use: vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
 *      useTestSession(() => signedIn);
 */
import type { Actor } from "@/lib/auth/actor";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors/app-error";

let currentSession: () => Actor | TenantContext | null = () => null;

export function useTestSession(getter: () => Actor | TenantContext | null): void {
  currentSession = getter;
}

export async function getTenantContext() {
  return currentSession();
}

export async function requireTenantContext() {
  const tenant = currentSession();
  if (!tenant) throw new AppError("UNAUTHENTICATED", "Your session has expired: please sign in again.");
  return tenant;
}

export async function requireTenantContextFromRequest(_request: Request) {
  return requireTenantContext();
}
