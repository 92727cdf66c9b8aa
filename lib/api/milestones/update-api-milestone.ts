import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { milestonesAccess } from "@/lib/milestones/access";
import { findMilestoneOrThrow } from "@/lib/milestones/find-milestone-or-throw";
import { updateMilestoneSchema } from "@/lib/milestones/schemas";
import { type MilestoneDto, toMilestoneDto } from "@/lib/milestones/to-milestone-dto";
import { updateMilestone } from "@/lib/milestones/update-milestone";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { assertApiOrgType } from "../assert-api-org-type";
import { toApiValidationError } from "../to-api-validation-error";
import type { PatchApiMilestoneBody } from "./milestone-schema";

/**
 * A partial edit through the milestone form's schema and updateMilestone (archived-project check,
 * event, audit diff): the patch over the milestone as stored, its recorded status rather than the
 * derived DELAYED, so the status-and-completion rule judges what would be saved.
 */
export async function updateApiMilestone(actor: ApiKeyActor, ids: { projectId: string; milestoneId: string }, patch: PatchApiMilestoneBody): Promise<MilestoneDto> {
  assertApiOrgType(actor, milestonesAccess.write);
  const project = await getProjectOrThrow(actor, ids.projectId);
  const current = await findMilestoneOrThrow(db, project.id, ids.milestoneId);
  const stored = toMilestoneDto(current);
  const merged = { ...stored, status: stored.recordedStatus, ...patch, projectId: project.id, milestoneId: current.id };
  const parsed = updateMilestoneSchema.safeParse(merged);
  if (!parsed.success) throw toApiValidationError(parsed.error);
  return updateMilestone(actor, parsed.data);
}
