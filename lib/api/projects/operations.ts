import { z } from "zod";
import { apiPageSchema } from "../api-schemas";
import { defineApiOperation } from "../define-api-operation";
import { apiProjectSchema } from "./project-schema";
import { listApiProjectsQuerySchema } from "./schemas";
import { createApiProjectBodySchema, patchApiProjectBodySchema } from "./write-schemas";

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

export const createProjectOperation = defineApiOperation({
  id: "createProject",
  method: "POST",
  path: "/projects",
  scope: "projects:write",
  tag: "Projects",
  summary: "Create a draft project",
  description:
    "Validated exactly as the new-project form (the same messages, under fieldErrors by field path). Without a slug, the name's slug is made unique; " +
    "a slug given must be free. Only a developer (ALLY) organisation has projects: another kind of org's key gets 404. The cover image is set in the app.",
  body: createApiProjectBodySchema,
  response: z.object({ data: apiProjectSchema }),
  successStatus: 201,
  writes: true,
});

export const updateProjectOperation = defineApiOperation({
  id: "updateProject",
  method: "PATCH",
  path: "/projects/{projectId}",
  scope: "projects:write",
  tag: "Projects",
  summary: "Change some of a project's fields",
  description:
    "Send only the fields to change (null clears an optional one). The result must pass the edit form's rules; its messages come back under fieldErrors " +
    "by field path. With expectedUpdatedAt, a project changed since then is not written (409 STALE_WRITE). Status and publishing are not edited here.",
  params: projectParams,
  body: patchApiProjectBodySchema,
  response: z.object({ data: apiProjectSchema }),
  writes: true,
});
