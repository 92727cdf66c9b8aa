import { apiRoute } from "@/lib/api/api-route";
import { assertApiOrgType } from "@/lib/api/assert-api-org-type";
import { createMilestoneOperation, listMilestonesOperation } from "@/lib/api/milestones/operations";
import { milestonesAccess } from "@/lib/milestones/access";
import { createMilestone } from "@/lib/milestones/create-milestone";
import { listMilestones } from "@/lib/milestones/list-milestones";

export const GET = apiRoute(listMilestonesOperation, async ({ actor, params }) => {
  assertApiOrgType(actor, milestonesAccess.read);
  return { data: await listMilestones(actor, params.projectId) };
});

export const POST = apiRoute(createMilestoneOperation, async ({ actor, params, body }) => {
  assertApiOrgType(actor, milestonesAccess.write);
  return { data: await createMilestone(actor, { ...body, projectId: params.projectId }) };
});
