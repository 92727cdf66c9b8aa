import { defineAccess } from "@/lib/access/access-rule";

export const milestonesAccess = defineAccess({
  read: { feature: "Milestones", orgTypes: ["ALLY"], permission: "projects.read", writes: false },
  write: { feature: "Milestones", orgTypes: ["ALLY"], permission: "milestones.write", writes: true },
});
