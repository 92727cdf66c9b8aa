import { apiRoute } from "@/lib/api/api-route";
import { listApiProjects } from "@/lib/api/projects/list-api-projects";
import { listProjectsOperation } from "@/lib/api/projects/operations";

export const GET = apiRoute(listProjectsOperation, ({ actor, query }) => listApiProjects(actor, query));
