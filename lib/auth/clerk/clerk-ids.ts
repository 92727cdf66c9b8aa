import { v5 as uuidv5 } from "uuid";
import type { Role } from "../tenant-context";

/**
 * A Clerk organisation maps to exactly one organizations row whose id is derived from the Clerk
 * org id (UUID v5), so session sync and webhooks agree on it without an extra column.
 */
const CLERK_ORG_NAMESPACE = "5b0f3c1e-8f2a-4d7e-9c61-2a4b7d9e0f13";

export function orgIdForClerkOrg(clerkOrgId: string): string {
  return uuidv5(clerkOrgId, CLERK_ORG_NAMESPACE);
}

/** Clerk org roles (`org:admin`, custom `org:manager`, ...) to our four roles; unknown is viewer. */
export function roleFromClerk(clerkRole: string | null | undefined): Role {
  const name = clerkRole?.replace(/^org:/, "");
  if (name === "admin" || name === "manager" || name === "analyst") return name;
  return "viewer";
}
