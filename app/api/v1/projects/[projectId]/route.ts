import { apiRoute } from "@/lib/api/api-route";
import { getApiProject } from "@/lib/api/projects/get-api-project";
import { getProjectOperation } from "@/lib/api/projects/operations";

export const GET = apiRoute(getProjectOperation, async ({ actor, params }) => ({ data: await getApiProject(actor, params.projectId) }));
