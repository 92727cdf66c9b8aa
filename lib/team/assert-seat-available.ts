import { TIERS } from "@/lib/access/tiers";
import type { Tx } from "@/lib/db/create-db-client";
import { AppError } from "@/lib/errors/app-error";
import { lockOrgForUpdate } from "@/lib/org-settings/lock-org-for-update";

/**
 * The plan's seats count active members. The org row is locked first, so two admins adding the
 * last seat's worth at once cannot both succeed.
 */
export async function assertSeatAvailable(tx: Tx, orgId: string): Promise<void> {
  const org = await lockOrgForUpdate(tx, orgId);
  const plan = TIERS[org.subscriptionTier];
  const active = await tx.user.count({ where: { orgId, isActive: true } });
  if (active < plan.seats) return;
  throw new AppError(
    "CONFLICT",
    `All ${plan.seats} seats of the ${plan.label} plan are taken by active members. Deactivate someone who no longer needs access, or ask about a larger plan.`,
  );
}
