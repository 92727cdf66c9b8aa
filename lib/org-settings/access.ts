import { defineAccess } from "@/lib/access/access-rule";

export const orgSettingsAccess = defineAccess({
  read: { feature: "Settings", permission: "settings.manage", writes: false },
  manage: { feature: "Settings", permission: "settings.manage", writes: true },
});
