import { defineAccess } from "@/lib/access/access-rule";

/** An investor's own pipeline: every member reads it, analysts and above move deals. */
export const pipelineAccess = defineAccess({
  read: { feature: "Deal pipeline", orgTypes: ["INVESTOR"], permission: "projects.read", writes: false },
  write: { feature: "Deal pipeline", orgTypes: ["INVESTOR"], permission: "matching.write", writes: true },
});
