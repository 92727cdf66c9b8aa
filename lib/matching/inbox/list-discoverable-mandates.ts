import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export const DISCOVERABLE_MANDATES_PAGE_SIZE = 20;

/** A mandate's short public profile: what an ally needs to judge the fit, and nothing else (no notes, IRR, ESG terms or exclusions). */
export type DiscoverableMandateDto = {
  id: string;
  investorOrgName: string;
  name: string;
  sectors: string[];
  geographies: string[];
  stages: string[];
  ticketSizeMin: string | null;
  ticketSizeMax: string | null;
  currency: string;
};

/**
 * The mandates whose investors chose to be discoverable (and are not paused), across investor
 * orgs by design: this is what investors publish to allies. For ALLY orgs only; newest first.
 */
export async function listDiscoverableMandates(tenant: Pick<TenantContext, "org">, query: { page?: number } = {}) {
  if (tenant.org.type !== "ALLY") throw notFound("Page");
  const where = { isDiscoverable: true, isActive: true };
  const total = await db.investorMandate.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / DISCOVERABLE_MANDATES_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1) || 1), pageCount);
  const mandates = await db.investorMandate.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * DISCOVERABLE_MANDATES_PAGE_SIZE,
    take: DISCOVERABLE_MANDATES_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      projectTypes: true,
      geographies: true,
      stages: true,
      ticketSizeMin: true,
      ticketSizeMax: true,
      currency: true,
      org: { select: { name: true } },
    },
  });
  const rows: DiscoverableMandateDto[] = mandates.map((m) => ({
    id: m.id,
    investorOrgName: m.org.name,
    name: m.name,
    sectors: m.projectTypes,
    geographies: m.geographies,
    stages: m.stages,
    ticketSizeMin: m.ticketSizeMin?.toFixed(4) ?? null,
    ticketSizeMax: m.ticketSizeMax?.toFixed(4) ?? null,
    currency: m.currency,
  }));
  return { rows, total, page, pageCount };
}
