import { defineAccess } from "@/lib/access/access-rule";

export const adminAccess = defineAccess({
  console: { feature: "The admin console", orgTypes: ["ADMIN"], permission: "platform.manage", writes: false },
  manageOrgs: { feature: "The admin console", orgTypes: ["ADMIN"], permission: "platform.manage", writes: true },
});
