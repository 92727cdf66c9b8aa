import type { Tx } from "@/lib/db/create-db-client";
import { AppError } from "@/lib/errors/app-error";

/**
 * Refuses a change that would leave the org with no active admin (nobody could manage the team
 * again). The org's active admin rows are locked first, so two admins demoting or deactivating
 * each other at the same moment cannot both succeed: the second waits and then sees the first.
 */
export async function assertAnotherActiveAdmin(tx: Tx, org: { id: string; name: string }, losingUserId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM users
    WHERE org_id = ${org.id}::uuid AND role = 'admin' AND is_active
    ORDER BY id
    FOR UPDATE`;
  if (!admins.some((admin) => admin.id !== losingUserId)) {
    throw new AppError("CONFLICT", `${org.name} must keep at least one active admin: make another member an admin first.`);
  }
}
