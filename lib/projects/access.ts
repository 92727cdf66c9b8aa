import { defineAccess } from "@/lib/access/access-rule";

const ALLY = ["ALLY"] as const;

export const projectsAccess = defineAccess({
  read: { feature: "Projects", orgTypes: ALLY, permission: "projects.read", writes: false },
  write: { feature: "Projects", orgTypes: ALLY, permission: "projects.write", writes: true },
  publish: { feature: "Publishing", orgTypes: ALLY, permission: "projects.publish", writes: true },
  history: { feature: "Project history", orgTypes: ALLY, permission: "audit.read", writes: false },
  export: { feature: "Project export", orgTypes: ALLY, permission: "projects.read", writes: false },
});
