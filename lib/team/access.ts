import { defineAccess } from "@/lib/access/access-rule";

export const teamAccess = defineAccess({
  read: { feature: "Team", permission: "team.read", writes: false },
  manage: { feature: "Team management", permission: "team.manage", writes: true },
});
