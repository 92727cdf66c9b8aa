import { defineAccess } from "@/lib/access/access-rule";

/**
 * An investor's investment memos, written from its deal screens: every member reads and exports
 * them, analysts and above generate (an AI run) and edit them.
 */
export const investmentMemosAccess = defineAccess({
  read: { feature: "Investment memos", orgTypes: ["INVESTOR"], permission: "projects.read", flag: "marketplace", writes: false },
  generate: { feature: "Investment memos", orgTypes: ["INVESTOR"], permission: "ai.run", flag: "marketplace", writes: true },
  write: { feature: "Investment memos", orgTypes: ["INVESTOR"], permission: "projects.write", flag: "marketplace", writes: true },
});
