import { defineAccess } from "@/lib/access/access-rule";

const ORG_TYPES = ["ALLY", "INVESTOR"] as const;

/**
 * A subscription sends the org's events to an outside address, so only admins (the permission
 * that guards the org's settings, as for API keys) see, add and change them.
 */
export const webhooksAccess = defineAccess({
  read: { feature: "Webhooks", orgTypes: ORG_TYPES, permission: "settings.manage", writes: false },
  manage: { feature: "Webhooks", orgTypes: ORG_TYPES, permission: "settings.manage", writes: true },
});
