import { defineAccess } from "@/lib/access/access-rule";

export const promptsAccess = defineAccess({
  read: { feature: "Prompts", orgTypes: ["ADMIN"], permission: "platform.manage", writes: false },
  manage: { feature: "Prompts", orgTypes: ["ADMIN"], permission: "platform.manage", writes: true },
});
