import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { toMilestoneDto } from "./to-milestone-dto";

/** The project's milestones in display order; another org's project is a 404. */
export async function listMilestones(tenant: { org: Pick<TenantContext["org"], "id"> }, projectId: string) {
  const project = await getProjectOrThrow(tenant, projectId);
  const rows = await db.projectMilestone.findMany({
    where: { projectId: project.id },
    orderBy: [{ orderIndex: "asc" }, { targetDate: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => toMilestoneDto(row));
}
