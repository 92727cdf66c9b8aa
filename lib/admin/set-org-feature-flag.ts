import type { Actor } from "@/lib/auth/actor";
import { lockOrgForUpdate } from "@/lib/org-settings/lock-org-for-update";
import { platformAuditedWrite } from "./platform-audited-write";
import type { FlagSetting, SetOrgFeatureFlagInput } from "./schemas";

/**
 * Switches one catalogue feature on or off for an org, or removes its row so the catalogue's
 * default applies again. The session reads the rows on every request, so the org's members see
 * the change (a tab gone, a page answering 404) from their next one. A row's `config` is kept.
 */
export async function setOrgFeatureFlag(actor: Actor, input: SetOrgFeatureFlagInput) {
  return platformAuditedWrite(actor, input.orgId, async (tx) => {
    const org = await lockOrgForUpdate(tx, input.orgId);
    const where = { orgId_featureKey: { orgId: org.id, featureKey: input.featureKey } };
    const row = await tx.featureFlag.findUnique({ where });
    const before: FlagSetting = row ? (row.isEnabled ? "on" : "off") : "default";
    if (before === input.setting) return { result: { setting: before, changed: false }, audit: [] };
    if (input.setting === "default") await tx.featureFlag.deleteMany({ where: { orgId: org.id, featureKey: input.featureKey } });
    else {
      const isEnabled = input.setting === "on";
      await tx.featureFlag.upsert({ where, create: { orgId: org.id, featureKey: input.featureKey, isEnabled }, update: { isEnabled } });
    }
    return {
      result: { setting: input.setting, changed: true },
      audit: {
        action: "organization.feature_flag_changed",
        entityType: "Organization",
        entityId: org.id,
        changes: { before: { featureKey: input.featureKey, setting: before }, after: { featureKey: input.featureKey, setting: input.setting } },
      },
    };
  });
}
