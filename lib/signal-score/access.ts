import { defineAccess } from "@/lib/access/access-rule";

export const signalScoreAccess = defineAccess({
  read: { feature: "Signal score", orgTypes: ["ALLY"], permission: "projects.read", flag: "signal_score", writes: false },
  run: { feature: "Signal score", orgTypes: ["ALLY"], permission: "ai.run", flag: "signal_score", writes: true },
});
