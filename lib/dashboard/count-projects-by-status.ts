import "server-only";
import { db } from "@/lib/db/client";
import { PROJECT_STATUSES, type ProjectStatusCounts } from "./types";

/** Every status is present (zero when the org has none), so the UI shows all four. */
export async function countProjectsByStatus(orgId: string): Promise<ProjectStatusCounts> {
  const rows = await db.project.groupBy({ by: ["status"], where: { orgId }, _count: { _all: true } });
  const counts = Object.fromEntries(PROJECT_STATUSES.map((status) => [status, 0])) as ProjectStatusCounts;
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
}
