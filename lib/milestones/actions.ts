"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { completeMilestone } from "./complete-milestone";
import { createMilestone } from "./create-milestone";
import { deleteMilestone } from "./delete-milestone";
import { reorderMilestones } from "./reorder-milestones";
import { createMilestoneSchema, milestoneRefSchema, reorderMilestonesSchema, updateMilestoneSchema } from "./schemas";
import { updateMilestone } from "./update-milestone";
import { milestonesAccess } from "./access";

const milestoneAction = (actionName: string) => orgActionClient.metadata({ actionName, access: milestonesAccess.write });

/** The project's pages (overview, tabs) and the dashboard all show milestones. */
function revalidateProject(projectId: string) {
  revalidatePath(`/projects/${projectId}`, "layout");
  revalidatePath("/dashboard");
}

export const createMilestoneAction = milestoneAction("createMilestone")
  .inputSchema(createMilestoneSchema)
  .action(async ({ parsedInput, ctx }) => {
    const milestone = await createMilestone(ctx.actor, parsedInput);
    revalidateProject(parsedInput.projectId);
    return { id: milestone.id };
  });

export const updateMilestoneAction = milestoneAction("updateMilestone")
  .inputSchema(updateMilestoneSchema)
  .action(async ({ parsedInput, ctx }) => {
    const milestone = await updateMilestone(ctx.actor, parsedInput);
    revalidateProject(parsedInput.projectId);
    return { id: milestone.id };
  });

export const completeMilestoneAction = milestoneAction("completeMilestone")
  .inputSchema(milestoneRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    const milestone = await completeMilestone(ctx.actor, parsedInput);
    revalidateProject(parsedInput.projectId);
    return { id: milestone.id, completedDate: milestone.completedDate };
  });

export const deleteMilestoneAction = milestoneAction("deleteMilestone")
  .inputSchema(milestoneRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    const deleted = await deleteMilestone(ctx.actor, parsedInput);
    revalidateProject(parsedInput.projectId);
    return deleted;
  });

export const reorderMilestonesAction = milestoneAction("reorderMilestones")
  .inputSchema(reorderMilestonesSchema)
  .action(async ({ parsedInput, ctx }) => {
    const orderedIds = await reorderMilestones(ctx.actor, parsedInput);
    revalidateProject(parsedInput.projectId);
    return { orderedIds };
  });
