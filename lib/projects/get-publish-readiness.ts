import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-db-client";
import type { Project } from "@/lib/db/generated/client";
import { startOfUtcDay } from "@/lib/utils/dates";
import { getProjectOrThrow } from "./get-project-or-throw";
import { PUBLISH_MIN_DESCRIPTION } from "./schemas";

/** Where the person fixes a missing item: the edit form, or the milestones or budget tab. */
export type ReadinessFix = "edit" | "milestones" | "budget";
export type ReadinessItem = { key: string; label: string; met: boolean; detail?: string; fix: ReadinessFix };

/** MW means nothing for these: investors judge them on other figures. */
const CAPACITY_OPTIONAL_TYPES: readonly string[] = ["ENERGY_EFFICIENCY", "NATURE_BASED"];

/**
 * What an investor needs before a project may appear on the marketplace. One list, used by the
 * publish action (which refuses while any item is unmet) and by the page (which shows them).
 */
export function evaluatePublishReadiness(
  project: Pick<Project, "description" | "capacityMw" | "projectType" | "geographyCoordinates" | "targetCloseDate" | "coverImageUrl">,
  counts: { milestones: number; budgetItems: number },
  today = startOfUtcDay(),
): ReadinessItem[] {
  const descriptionLength = project.description.trim().length;
  const items: ReadinessItem[] = [
    {
      key: "description",
      label: `A description of at least ${PUBLISH_MIN_DESCRIPTION} characters`,
      met: descriptionLength >= PUBLISH_MIN_DESCRIPTION,
      detail: `${descriptionLength} characters so far`,
      fix: "edit",
    },
    { key: "coordinates", label: "Site coordinates (latitude and longitude)", met: project.geographyCoordinates !== null, fix: "edit" },
    {
      key: "targetCloseDate",
      label: "A target close date that is still ahead",
      met: project.targetCloseDate !== null && project.targetCloseDate >= today,
      detail: project.targetCloseDate && project.targetCloseDate < today ? `The date set (${project.targetCloseDate.toISOString().slice(0, 10)}) has passed` : undefined,
      fix: "edit",
    },
    { key: "coverImage", label: "A cover image", met: Boolean(project.coverImageUrl), fix: "edit" },
    { key: "milestones", label: "At least one milestone", met: counts.milestones > 0, fix: "milestones" },
    { key: "budget", label: "At least one budget line", met: counts.budgetItems > 0, fix: "budget" },
  ];
  if (!CAPACITY_OPTIONAL_TYPES.includes(project.projectType)) {
    items.splice(1, 0, { key: "capacity", label: "Capacity in MW", met: Boolean(project.capacityMw?.gt(0)), fix: "edit" });
  }
  return items;
}

/** The readiness of a project already loaded through its org (pass the transaction when inside one). */
export async function readinessOf(project: Project, client: Tx = db) {
  const [milestones, budgetItems] = await Promise.all([
    client.projectMilestone.count({ where: { projectId: project.id } }),
    client.projectBudgetItem.count({ where: { projectId: project.id } }),
  ]);
  const items = evaluatePublishReadiness(project, { milestones, budgetItems });
  return { ready: items.every((item) => item.met), items, missing: items.filter((item) => !item.met) };
}

export async function getPublishReadiness(tenant: Pick<TenantContext, "org">, projectId: string) {
  return readinessOf(await getProjectOrThrow(tenant, projectId));
}
export type PublishReadiness = Awaited<ReturnType<typeof readinessOf>>;
