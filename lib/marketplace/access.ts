import { defineAccess } from "@/lib/access/access-rule";

const INVESTOR = ["INVESTOR"] as const;

export const marketplaceAccess = defineAccess({
  browse: { feature: "Marketplace", orgTypes: INVESTOR, permission: "projects.read", flag: "marketplace", writes: false },
  /** Saved searches and watchlists are the investor's own: a viewer may keep them too. */
  follow: { feature: "Marketplace", orgTypes: INVESTOR, permission: "projects.read", flag: "marketplace", writes: true },
  /** Expressing interest or asking about a project starts work with its ally. */
  engage: { feature: "Marketplace", orgTypes: INVESTOR, permission: "matching.write", flag: "marketplace", writes: true },
  /** The ally's choice of what investors see of a published project. */
  configureListing: { feature: "Marketplace listing", orgTypes: ["ALLY"], permission: "projects.publish", writes: true },
});
