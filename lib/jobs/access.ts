import { defineAccess } from "@/lib/access/access-rule";

export const jobsAccess = defineAccess({
  /** An org's own jobs; platform admins watch every org's from the platform page instead. */
  org: { feature: "Jobs", orgTypes: ["ALLY", "INVESTOR"], permission: "jobs.manage", writes: false },
  retry: { feature: "Jobs", orgTypes: ["ALLY", "INVESTOR"], permission: "jobs.manage", writes: true },
  platform: { feature: "Jobs", orgTypes: ["ADMIN"], permission: "platform.manage", writes: false },
});
