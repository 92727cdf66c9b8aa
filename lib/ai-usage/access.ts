import { defineAccess } from "@/lib/access/access-rule";

export const aiUsageAccess = defineAccess({
  org: { feature: "AI usage", orgTypes: ["ALLY", "INVESTOR"], permission: "ai.usage.read", writes: false },
  platform: { feature: "AI usage", orgTypes: ["ADMIN"], permission: "platform.manage", writes: false },
});
