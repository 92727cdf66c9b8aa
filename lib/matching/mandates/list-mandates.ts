import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { MANDATES_PAGE_SIZE } from "./mandate-options";
import { type MandateDto, toMandateDto } from "./to-mandate-dto";

export type MandateListRow = MandateDto & { matchCount: number; bestScore: number | null };
export type MandatesPage = { rows: MandateListRow[]; total: number; page: number; pageCount: number };

/**
 * A page of the org's mandates, active first, then by name, each with how many matches it has
 * and its best score (counted in the database). A page past the end is the last.
 */
export async function listMandates(tenant: { org: Pick<TenantContext["org"], "id"> }, { page = 1 }: { page?: number } = {}): Promise<MandatesPage> {
  const where = { orgId: tenant.org.id };
  const total = await db.investorMandate.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MANDATES_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const mandates = await db.investorMandate.findMany({
    where,
    orderBy: [{ isActive: "desc" }, { name: "asc" }, { id: "asc" }],
    skip: (current - 1) * MANDATES_PAGE_SIZE,
    take: MANDATES_PAGE_SIZE,
  });
  const stats = mandates.length
    ? await db.matchResult.groupBy({
        by: ["mandateId"],
        where: { investorOrgId: tenant.org.id, mandateId: { in: mandates.map((mandate) => mandate.id) } },
        _count: { _all: true },
        _max: { overallScore: true },
      })
    : [];
  const byMandate = new Map(stats.map((row) => [row.mandateId, row]));
  const rows = mandates.map((mandate) => {
    const stat = byMandate.get(mandate.id);
    return { ...toMandateDto(mandate), matchCount: stat?._count._all ?? 0, bestScore: stat?._max.overallScore ?? null };
  });
  return { rows, total, page: current, pageCount };
}
