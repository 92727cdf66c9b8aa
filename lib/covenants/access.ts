import { defineAccess } from "@/lib/access/access-rule";

/**
 * Covenants sit on an investor's holdings: every member reads them and their history; whoever keeps
 * the books (analysts and above) sets, checks and removes them; only a manager may waive a breach,
 * since a waiver is a credit decision, not bookkeeping.
 */
export const covenantsAccess = defineAccess({
  read: { feature: "Covenants", orgTypes: ["INVESTOR"], permission: "projects.read", writes: false },
  write: { feature: "Covenants", orgTypes: ["INVESTOR"], permission: "projects.write", writes: true },
  waive: { feature: "Covenants", orgTypes: ["INVESTOR"], permission: "covenants.waive", writes: true },
});
