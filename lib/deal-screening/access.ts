import { defineAccess } from "@/lib/access/access-rule";

/** An investor screens a listed project it may see; every member reads the org's screens, analysts and above run them. */
export const dealScreeningAccess = defineAccess({
  read: { feature: "Deal screening", orgTypes: ["INVESTOR"], permission: "projects.read", flag: "marketplace", writes: false },
  run: { feature: "Deal screening", orgTypes: ["INVESTOR"], permission: "ai.run", flag: "marketplace", writes: true },
});
