/**
 * The projects list query (lib/projects/list-projects.ts) for an org with 10,000 projects, with a
 * second org's 2,000 projects in the same table so the org filter does real work.
 * Goal (issue 4): p95 under 25 ms on the embedded database and on PostgreSQL.
 */
import type { BenchDatabase } from "./databases";
import { seedBenchProjects } from "./seed-projects";
import { createOrg } from "../prisma/factories";

export type BenchCase = { name: string; run(): Promise<unknown> };

export const projectsListBench = {
  name: "projects list",
  budgetP95Ms: 25,
  async prepare(database: BenchDatabase): Promise<BenchCase[]> {
    const { listProjects } = await import("../lib/projects/list-projects");
    const org = await createOrg(database.db, { name: "Bench Ally", slug: "bench-ally" });
    const neighbour = await createOrg(database.db, { name: "Bench Neighbour", slug: "bench-neighbour" });
    await seedBenchProjects(database.db, org.id, 10_000, 42);
    await seedBenchProjects(database.db, neighbour.id, 2_000, 7);
    // The state autovacuum leaves a table in: fresh planner statistics, GIN pending lists merged.
    await database.db.$executeRawUnsafe("VACUUM ANALYZE projects");
    const tenant = {
      org: { id: org.id, name: org.name, slug: org.slug, type: org.type, logoUrl: org.logoUrl, tier: org.subscriptionTier, status: org.subscriptionStatus },
    };

    const cases: [string, Parameters<typeof listProjects>[1]][] = [
      ["first page, default sort", {}],
      ["sorted by investment", { sort: "investment", dir: "desc" }],
      ["status + country filter", { status: ["ACTIVE"], country: ["KE", "UG"] }],
      ["text search", { q: "kisumu" }],
      ["page 50", { page: 50 }],
    ];
    for (const [name, query] of cases) {
      const { total, rows } = await listProjects(tenant, query);
      if (rows.length === 0) throw new Error(`bench case "${name}" returned no rows (total ${total}): the seed does not exercise it`);
    }
    return cases.map(([name, query]) => ({ name, run: () => listProjects(tenant, query) }));
  },
};
