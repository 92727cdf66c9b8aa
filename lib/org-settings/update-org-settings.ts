import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { usesClerk } from "@/lib/auth/auth-mode";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { lockOrgForUpdate } from "./lock-org-for-update";
import { mergeBranding, readBranding } from "./read-branding";
import { DEFAULT_BRANDING, type UpdateOrgSettingsInput } from "./schemas";

/** Name and branding colours. Colours are merged into settings.branding: other settings keys are kept. */
export async function updateOrgSettings(actor: Actor, input: UpdateOrgSettingsInput) {
  return auditedWrite(actor, async (tx) => {
    const org = await lockOrgForUpdate(tx, actor.org.id);
    const branding = readBranding(org.settings);
    const before = {
      name: org.name,
      primaryColor: branding.primaryColor ?? DEFAULT_BRANDING.primaryColor,
      accentColor: branding.accentColor ?? DEFAULT_BRANDING.accentColor,
    };
    const changes = diffChanges(before, input);
    if (Object.keys(changes.after).length === 0) return { result: input, audit: [] };
    if ("name" in changes.after && usesClerk()) {
      throw new AppError("FORBIDDEN", "The organisation's name comes from Clerk.", {
        fieldErrors: { name: ["This name comes from your Clerk organisation: rename it in Clerk."] },
      });
    }

    const settings = mergeBranding(org.settings, { primaryColor: input.primaryColor, accentColor: input.accentColor });
    const { count } = await tx.organization.updateMany({
      where: { id: actor.org.id },
      data: { name: input.name, settings: settings as Prisma.InputJsonObject },
    });
    if (count === 0) throw notFound("Organisation");
    return {
      result: input,
      audit: { action: "organization.updated", entityType: "Organization", entityId: actor.org.id, changes },
    };
  });
}
