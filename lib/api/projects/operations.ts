import { z } from "zod";
import { apiPageSchema } from "../api-schemas";
import { defineApiOperation } from "../define-api-operation";
import { apiProjectSchema } from "./project-schema";
import { listApiProjectsQuerySchema } from "./schemas";

const projectParams = z.object({ projectId: z.string().meta({ description: "The project's id." }) });

export const listProjectsOperation = defineApiOperation({
  id: "listProjects",
  method: "GET",
  path: "/projects",
  scope: "projects:read",
  tag: "Projects",
  summary: "List the org's projects, newest first",
  query: listApiProjectsQuerySchema,
  response: apiPageSchema(apiProjectSchema),
});

export const getProjectOperation = defineApiOperation({
  id: "getProject",
  method: "GET",
  path: "/projects/{projectId}",
  scope: "projects:read",
  tag: "Projects",
  summary: "Get one project",
  description: "Another org's project answers 404, exactly as a project that does not exist.",
  params: projectParams,
  response: z.object({ data: apiProjectSchema }),
});
