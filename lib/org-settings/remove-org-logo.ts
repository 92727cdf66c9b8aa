import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";
import { deleteObject } from "@/lib/storage/objects";
import { lockOrgForUpdate } from "./lock-org-for-update";
import { mergeBranding, readBranding } from "./read-branding";

/** Clears the org's logo; the stored object is deleted after the change is committed. */
export async function removeOrgLogo(actor: Actor) {
  const removedKey = await auditedWrite(actor, async (tx) => {
    const org = await lockOrgForUpdate(tx, actor.org.id);
    const { logoKey } = readBranding(org.settings);
    if (!org.logoUrl && !logoKey) return { result: undefined, audit: [] };
    const settings = mergeBranding(org.settings, { logoKey: undefined, logoContentType: undefined });
    await tx.organization.updateMany({ where: { id: actor.org.id }, data: { logoUrl: null, settings: settings as Prisma.InputJsonObject } });
    return {
      result: logoKey,
      audit: {
        action: "organization.updated",
        entityType: "Organization",
        entityId: actor.org.id,
        changes: { before: { logoUrl: org.logoUrl }, after: { logoUrl: null } },
      },
    };
  });
  if (removedKey) await deleteObject(removedKey).catch((error) => console.warn("[org logo] could not delete the removed logo", error));
}
