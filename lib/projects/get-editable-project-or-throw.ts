import type { TenantContext } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors/app-error";
import { getProjectOrThrow } from "./get-project-or-throw";

export const ARCHIVED_PLAN_MESSAGE = "This project is archived, so its plan is read-only. Restore it as a draft to change it.";

/** A project whose plan (milestones, budget) may change: the tenant's, and not archived. */
export async function getEditableProjectOrThrow(tenant: { org: Pick<TenantContext["org"], "id"> }, projectId: string) {
  const project = await getProjectOrThrow(tenant, projectId);
  if (project.status === "ARCHIVED") throw new AppError("CONFLICT", ARCHIVED_PLAN_MESSAGE);
  return project;
}
