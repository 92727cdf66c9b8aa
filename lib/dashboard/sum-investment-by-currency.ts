import "server-only";
import { db } from "@/lib/db/client";
import type { MoneyTotal } from "./types";

/**
 * Totals are kept per currency: adding EUR to USD would need an FX rate we do not have.
 * Archived projects are left out, as they no longer seek money.
 */
export async function sumInvestmentByCurrency(orgId: string): Promise<MoneyTotal[]> {
  const rows = await db.project.groupBy({
    by: ["currency"],
    where: { orgId, status: { not: "ARCHIVED" } },
    _sum: { totalInvestmentRequired: true },
    _count: { _all: true },
  });
  return rows
    .map((row) => ({
      currency: row.currency.trim(),
      amount: row._sum.totalInvestmentRequired?.toString() ?? "0",
      projectCount: row._count._all,
    }))
    .sort((a, b) => Number(b.amount) - Number(a.amount));
}
