import type { Tx } from "@/lib/db/create-db-client";
import { AppError } from "@/lib/errors/app-error";

/**
 * A project must belong to an ALLY org (data dictionary), and a holding must name a project. A
 * project the investor holds off the platform therefore lives in a register: an ALLY org with no
 * members, one per investor, that only that investor's holdings point into. Its projects are never
 * published, so nobody else meets them; the investor reads them only through its own holdings.
 */
const REGISTER_MARK = "offPlatformRegisterOf";

export const offPlatformRegisterSlug = (investorOrgId: string) => `off-platform-${investorOrgId}`;

/** Whether a holding's project sits in this investor's register (its developer is not on the platform). */
export const isOffPlatformFor = (scope: { org: { id: string } }, projectOrgSlug: string) => projectOrgSlug === offPlatformRegisterSlug(scope.org.id);

/**
 * The investor's register, made on first use. Unsafe because it writes an org other than the
 * principal's: its id is derived from the principal alone, never from input. The slug is unique,
 * so two first holdings at once end up in one register; an org that took the slug without the mark
 * (a person naming their org so) is refused rather than trusted with the investor's records.
 */
export async function unsafeEnsureOffPlatformRegister(tx: Tx, investor: { id: string; name: string }) {
  const slug = offPlatformRegisterSlug(investor.id);
  await tx.$executeRaw`
    INSERT INTO organizations (id, name, slug, type, settings, subscription_tier, subscription_status, updated_at)
    VALUES (gen_random_uuid(), ${`${investor.name} · off-platform holdings`.slice(0, 255)}, ${slug}, 'ALLY',
            jsonb_build_object(${REGISTER_MARK}::text, ${investor.id}::text), 'foundation', 'active', now())
    ON CONFLICT (slug) DO NOTHING`;
  const register = await tx.organization.findUniqueOrThrow({ where: { slug }, select: { id: true, type: true, settings: true, _count: { select: { users: true } } } });
  const mark = (register.settings as Record<string, unknown> | null)?.[REGISTER_MARK];
  if (register.type !== "ALLY" || mark !== investor.id || register._count.users > 0)
    throw new AppError("CONFLICT", "Off-platform holdings cannot be recorded for your organisation right now. Contact support.");
  return { id: register.id };
}
