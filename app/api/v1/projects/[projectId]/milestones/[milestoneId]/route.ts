import { apiRoute } from "@/lib/api/api-route";
import { updateApiMilestone } from "@/lib/api/milestones/update-api-milestone";
import { updateMilestoneOperation } from "@/lib/api/milestones/operations";

export const PATCH = apiRoute(updateMilestoneOperation, async ({ actor, params, body }) => ({ data: await updateApiMilestone(actor, params, body) }));
