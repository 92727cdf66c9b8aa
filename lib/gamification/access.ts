import { defineAccess } from "@/lib/access/access-rule";

export const gamificationAccess = defineAccess({
  read: { feature: "Badges", orgTypes: ["ALLY", "INVESTOR"], permission: "team.read", flag: "gamification", writes: false },
});
