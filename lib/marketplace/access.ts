import { defineAccess } from "@/lib/access/access-rule";

/** Declared ahead of the marketplace pages (issue 14) so admins can already switch it per org. */
export const marketplaceAccess = defineAccess({
  browse: { feature: "Marketplace", orgTypes: ["INVESTOR"], permission: "projects.read", flag: "marketplace", writes: false },
});
