import { defineAccess } from "@/lib/access/access-rule";

const INVESTOR = ["INVESTOR"] as const;
const BOTH_SIDES = ["INVESTOR", "ALLY"] as const;

/**
 * Mandates belong to investors; a match has two sides, so its inbox, notes, messages and status
 * moves are open to the investor and the ally org of the match (each side's own transitions are
 * enforced in lib/matching/match-transitions.ts). Matching rides on the marketplace flag.
 */
export const matchingAccess = defineAccess({
  readMandates: { feature: "Mandates", orgTypes: INVESTOR, permission: "projects.read", flag: "marketplace", writes: false },
  writeMandates: { feature: "Mandates", orgTypes: INVESTOR, permission: "matching.write", flag: "marketplace", writes: true },
  readMatches: { feature: "Matches", orgTypes: BOTH_SIDES, permission: "projects.read", flag: "marketplace", writes: false },
  actOnMatches: { feature: "Matches", orgTypes: BOTH_SIDES, permission: "matching.write", flag: "marketplace", writes: true },
  /** Allies see the short public profiles of discoverable mandates and propose their published projects to them. */
  discoverInvestors: { feature: "Investor discovery", orgTypes: ["ALLY"], permission: "projects.read", flag: "marketplace", writes: false },
  proposeProjects: { feature: "Investor discovery", orgTypes: ["ALLY"], permission: "matching.write", flag: "marketplace", writes: true },
});
