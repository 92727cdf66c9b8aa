import { apiRoute } from "@/lib/api/api-route";
import { createApiProject } from "@/lib/api/projects/create-api-project";
import { listApiProjects } from "@/lib/api/projects/list-api-projects";
import { createProjectOperation, listProjectsOperation } from "@/lib/api/projects/operations";

export const GET = apiRoute(listProjectsOperation, ({ actor, query }) => listApiProjects(actor, query));

export const POST = apiRoute(createProjectOperation, async ({ actor, body }) => ({ data: await createApiProject(actor, body) }));
