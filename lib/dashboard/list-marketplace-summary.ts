import "server-only";
import { db } from "@/lib/db/client";

export type MarketplaceSummary = {
  publishedProjects: number;
  countries: number;
  byType: { projectType: string; count: number }[];
};

/**
 * Reads across tenants on purpose: a project an ally has published (is_published) is a public
 * marketplace listing that every investor may see. Only published projects are counted, and only
 * aggregates leave this function, never another org's draft or private data. Archived and
 * suspended projects are off the marketplace even if their flag is still set.
 */
export async function listMarketplaceSummary(): Promise<MarketplaceSummary> {
  const where = {
    isPublished: true,
    status: { notIn: ["ARCHIVED" as const, "SUSPENDED" as const] },
    org: { type: "ALLY" as const },
  };
  const [byType, countries] = await Promise.all([
    db.project.groupBy({ by: ["projectType"], where, _count: { _all: true } }),
    db.project.groupBy({ by: ["geographyCountry"], where }),
  ]);
  return {
    publishedProjects: byType.reduce((sum, row) => sum + row._count._all, 0),
    countries: countries.length,
    byType: byType
      .map((row) => ({ projectType: row.projectType, count: row._count._all }))
      .sort((a, b) => b.count - a.count || a.projectType.localeCompare(b.projectType)),
  };
}
