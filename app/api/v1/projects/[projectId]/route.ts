import { apiRoute } from "@/lib/api/api-route";
import { getApiProject } from "@/lib/api/projects/get-api-project";
import { getProjectOperation, updateProjectOperation } from "@/lib/api/projects/operations";
import { updateApiProject } from "@/lib/api/projects/update-api-project";

export const GET = apiRoute(getProjectOperation, async ({ actor, params }) => ({ data: await getApiProject(actor, params.projectId) }));

export const PATCH = apiRoute(updateProjectOperation, async ({ actor, params, body }) => ({ data: await updateApiProject(actor, params.projectId, body) }));
