import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { readCoordinates } from "@/lib/projects/to-project-dto";

export type AllocationSlice = { key: string; label: string; value: string; share: number; holdings: number };
export type AllocationPin = { holdingId: string; projectName: string; lat: number; lng: number; value: string };
export type PortfolioAllocation = { basis: "NAV" | "paid in"; byTechnology: AllocationSlice[]; byCountry: AllocationSlice[]; pins: AllocationPin[] };

type HeldValue = { id: string; status: string; nav: string; paidIn: string };

function slices(entries: { key: string; label: string; value: Prisma.Decimal }[]): AllocationSlice[] {
  const total = entries.reduce((sum, e) => sum.add(e.value), new Prisma.Decimal(0));
  const grouped = new Map<string, { label: string; value: Prisma.Decimal; holdings: number }>();
  for (const e of entries) {
    const group = grouped.get(e.key) ?? { label: e.label, value: new Prisma.Decimal(0), holdings: 0 };
    grouped.set(e.key, { label: group.label, value: group.value.add(e.value), holdings: group.holdings + 1 });
  }
  return [...grouped]
    .map(([key, g]) => ({ key, label: g.label, value: g.value.toFixed(4), share: total.isZero() ? 0 : g.value.div(total).toNumber(), holdings: g.holdings }))
    .sort((a, b) => b.share - a.share || a.label.localeCompare(b.label));
}

/**
 * Where the portfolio's active holdings sit, by technology and by country, weighted by NAV in the
 * base currency (by capital paid in while no holding has a mark yet), with each site's pin.
 */
export async function getPortfolioAllocation(scope: Pick<TenantContext, "org">, held: readonly HeldValue[]): Promise<PortfolioAllocation> {
  const active = held.filter((h) => h.status === "ACTIVE");
  const rows = await db.portfolioHolding.findMany({
    where: { orgId: scope.org.id, id: { in: active.map((h) => h.id) } },
    select: { id: true, project: { select: { name: true, projectType: true, geographyCountry: true, geographyCoordinates: true } } },
  });
  const basis = active.some((h) => new Prisma.Decimal(h.nav).gt(0)) ? "NAV" : "paid in";
  const weight = new Map(active.map((h) => [h.id, new Prisma.Decimal(basis === "NAV" ? h.nav : h.paidIn)]));
  const countryNames = new Intl.DisplayNames(["en"], { type: "region" });
  return {
    basis,
    byTechnology: slices(rows.map((r) => ({ key: r.project.projectType, label: projectTypeLabel(r.project.projectType), value: weight.get(r.id)! }))),
    byCountry: slices(
      rows.map((r) => ({ key: r.project.geographyCountry, label: countryNames.of(r.project.geographyCountry) ?? r.project.geographyCountry, value: weight.get(r.id)! })),
    ),
    pins: rows.flatMap((r) => {
      const at = readCoordinates(r.project.geographyCoordinates);
      return at ? [{ holdingId: r.id, projectName: r.project.name, ...at, value: weight.get(r.id)!.toFixed(4) }] : [];
    }),
  };
}
