import { defineAccess } from "@/lib/access/access-rule";

const ORG_TYPES = ["ALLY", "INVESTOR"] as const;

/**
 * A key acts for the whole org with no person behind it, so only admins create, see and revoke
 * keys (the permission that also guards the org's settings). Platform admins have no API yet.
 */
export const apiKeysAccess = defineAccess({
  read: { feature: "API keys", orgTypes: ORG_TYPES, permission: "settings.manage", writes: false },
  manage: { feature: "API keys", orgTypes: ORG_TYPES, permission: "settings.manage", writes: true },
});
