import { apiRoute } from "@/lib/api/api-route";
import { assertApiOrgType } from "@/lib/api/assert-api-org-type";
import { deleteMilestoneOperation, updateMilestoneOperation } from "@/lib/api/milestones/operations";
import { updateApiMilestone } from "@/lib/api/milestones/update-api-milestone";
import { milestonesAccess } from "@/lib/milestones/access";
import { deleteMilestone } from "@/lib/milestones/delete-milestone";

export const PATCH = apiRoute(updateMilestoneOperation, async ({ actor, params, body }) => ({ data: await updateApiMilestone(actor, params, body) }));

export const DELETE = apiRoute(deleteMilestoneOperation, async ({ actor, params }) => {
  assertApiOrgType(actor, milestonesAccess.write);
  return { data: await deleteMilestone(actor, params) };
});
