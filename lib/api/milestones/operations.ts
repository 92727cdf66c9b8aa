import { z } from "zod";
import { milestoneBodySchema } from "@/lib/milestones/schemas";
import { defineApiOperation } from "../define-api-operation";
import { apiMilestoneSchema, patchApiMilestoneBodySchema } from "./milestone-schema";

const projectParams = z.object({ projectId: z.uuid().meta({ description: "The project's id." }) });
const milestoneParams = projectParams.extend({ milestoneId: z.uuid().meta({ description: "The milestone's id." }) });
const ALLY_ONLY = "Projects are a developer's (ALLY org's): another kind of org's key, and another org's project, get 404.";

export const listMilestonesOperation = defineApiOperation({
  id: "listMilestones",
  method: "GET",
  path: "/projects/{projectId}/milestones",
  scope: "projects:read",
  tag: "Milestones",
  summary: "List a project's milestones in their display order",
  description: ALLY_ONLY,
  params: projectParams,
  response: z.object({ data: z.array(apiMilestoneSchema) }),
});

export const createMilestoneOperation = defineApiOperation({
  id: "createMilestone",
  method: "POST",
  path: "/projects/{projectId}/milestones",
  scope: "projects:write",
  tag: "Milestones",
  summary: "Add a milestone at the end of the project's list",
  description: `Validated as the app's milestone form (status and completion must agree). An archived project's plan is read-only (409). ${ALLY_ONLY}`,
  params: projectParams,
  body: milestoneBodySchema.meta({ id: "MilestoneCreate" }),
  response: z.object({ data: apiMilestoneSchema }),
  successStatus: 201,
  writes: true,
});

export const updateMilestoneOperation = defineApiOperation({
  id: "updateMilestone",
  method: "PATCH",
  path: "/projects/{projectId}/milestones/{milestoneId}",
  scope: "projects:write",
  tag: "Milestones",
  summary: "Change some of a milestone's fields",
  description: `Send only the fields to change; the result must pass the milestone form's rules (messages under fieldErrors). Completing stamps today's completed date. ${ALLY_ONLY}`,
  params: milestoneParams,
  body: patchApiMilestoneBodySchema,
  response: z.object({ data: apiMilestoneSchema }),
  writes: true,
});

export const deleteMilestoneOperation = defineApiOperation({
  id: "deleteMilestone",
  method: "DELETE",
  path: "/projects/{projectId}/milestones/{milestoneId}",
  scope: "projects:write",
  tag: "Milestones",
  summary: "Delete a milestone",
  description:
    "As the app's delete (which asks to confirm first: this request is the confirmation): the audit row keeps everything the milestone was. " +
    `An archived project's plan is read-only (409). ${ALLY_ONLY}`,
  params: milestoneParams,
  response: z.object({ data: z.object({ id: z.uuid() }) }),
  writes: true,
});
