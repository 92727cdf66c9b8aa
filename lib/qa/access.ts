import { defineAccess } from "@/lib/access/access-rule";

/**
 * Due-diligence Q&A: investors ask about projects they can see, the project's ally answers. Both
 * sides read their own questions (an investor never sees another investor's).
 */
export const qaAccess = defineAccess({
  read: { feature: "Q&A", permission: "projects.read", writes: false },
  ask: { feature: "Q&A", orgTypes: ["INVESTOR"], permission: "qa.write", writes: true },
  /** Investors close their own questions; allies draft and submit answers. */
  respond: { feature: "Q&A", permission: "qa.write", writes: true },
  assign: { feature: "Q&A", orgTypes: ["ALLY"], permission: "qa.assign", writes: true },
  configureSla: { feature: "Q&A response times", orgTypes: ["ALLY"], permission: "settings.manage", writes: true },
});
