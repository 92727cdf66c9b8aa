import { defineAccess } from "@/lib/access/access-rule";

export const auditAccess = defineAccess({
  read: { feature: "The audit log", permission: "audit.read", writes: false },
});
