import { getAuthMode } from "@/lib/auth/auth-mode";
import { AppError } from "@/lib/errors/app-error";

export const CLERK_MANAGED_MESSAGE = "Members and roles are managed in Clerk: invite people, change roles and remove members in your Clerk organisation.";

/**
 * With Clerk, membership and roles come from Clerk's organisation (every session re-syncs them),
 * so a change made here would be silently undone: refuse it instead.
 */
export function assertLocalMembership(): void {
  if (getAuthMode() !== "local") throw new AppError("FORBIDDEN", CLERK_MANAGED_MESSAGE);
}
