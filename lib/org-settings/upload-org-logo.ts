import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";
import { deleteObject, newObjectKey, putObject } from "@/lib/storage/objects";
import { detectLogoType } from "./detect-logo-type";
import { lockOrgForUpdate } from "./lock-org-for-update";
import { mergeBranding, readBranding } from "./read-branding";

/** Where the logo is served from: the org-checked route; `v` changes with each upload so caches refresh. */
export const logoUrlFor = (key: string) => `/api/org/logo?v=${/([0-9a-f-]{36})/.exec(key)?.[1]?.slice(0, 8) ?? "1"}`;

/**
 * Stores a new logo and points the org at it. The object is written first (storage is not part of
 * the transaction): if the database write fails it is deleted again, and the replaced logo is
 * deleted only once the new one is committed.
 */
export async function uploadOrgLogo(actor: Actor, bytes: Uint8Array) {
  const type = await detectLogoType(bytes);
  const key = newObjectKey(actor.org.id, "branding", `logo.${type.ext}`);
  await putObject(key, bytes, type.mime, bytes.byteLength);

  let replacedKey: string | undefined;
  try {
    const logoUrl = await auditedWrite(actor, async (tx) => {
      const org = await lockOrgForUpdate(tx, actor.org.id);
      replacedKey = readBranding(org.settings).logoKey;
      const url = logoUrlFor(key);
      const settings = mergeBranding(org.settings, { logoKey: key, logoContentType: type.mime });
      await tx.organization.updateMany({ where: { id: actor.org.id }, data: { logoUrl: url, settings: settings as Prisma.InputJsonObject } });
      return {
        result: url,
        audit: {
          action: "organization.updated",
          entityType: "Organization",
          entityId: actor.org.id,
          changes: { before: { logoUrl: org.logoUrl }, after: { logoUrl: url } },
        },
      };
    });
    if (replacedKey) await deleteObject(replacedKey).catch((error) => console.warn("[org logo] could not delete the replaced logo", error));
    return { logoUrl };
  } catch (error) {
    await deleteObject(key).catch(() => undefined);
    throw error;
  }
}
