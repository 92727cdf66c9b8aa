import { defineAccess } from "@/lib/access/access-rule";

export const budgetAccess = defineAccess({
  read: { feature: "Budget", orgTypes: ["ALLY"], permission: "projects.read", writes: false },
  write: { feature: "Budget", orgTypes: ["ALLY"], permission: "budget.write", writes: true },
});
