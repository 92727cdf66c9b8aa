import { defineAccess } from "@/lib/access/access-rule";

/**
 * An investor's own portfolios: every member reads them; analysts and above keep the books (create
 * and edit portfolios, add holdings, record flows and exits), as they move deals in the pipeline.
 * No feature flag: portfolios are the investor's ledger, not an add-on an admin switches per org.
 */
export const portfoliosAccess = defineAccess({
  read: { feature: "Portfolios", orgTypes: ["INVESTOR"], permission: "projects.read", writes: false },
  write: { feature: "Portfolios", orgTypes: ["INVESTOR"], permission: "projects.write", writes: true },
});
