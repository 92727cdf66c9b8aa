"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { pipelineAccess } from "./access";
import { addToPipeline } from "./add-to-pipeline";
import { listDealHistory } from "./list-deal-history";
import { moveDealStage } from "./move-deal-stage";
import { addToPipelineSchema, moveDealStageSchema } from "./schemas";
import { z } from "zod";

export const addToPipelineAction = orgActionClient
  .metadata({ actionName: "addToPipeline", access: pipelineAccess.write })
  .inputSchema(addToPipelineSchema)
  .action(async ({ parsedInput, ctx }) => {
    const entry = await addToPipeline(ctx.actor, parsedInput);
    revalidatePath("/pipeline");
    revalidatePath(`/marketplace/${parsedInput.projectId}`);
    return { id: entry.id, stage: entry.stage };
  });

export const moveDealStageAction = orgActionClient
  .metadata({ actionName: "moveDealStage", access: pipelineAccess.write })
  .inputSchema(moveDealStageSchema)
  .action(async ({ parsedInput, ctx }) => {
    const entry = await moveDealStage(ctx.actor, parsedInput);
    revalidatePath("/pipeline");
    return { id: entry.id, stage: entry.stage };
  });

/** The history drawer loads a deal's moves when opened, not with the board. */
export const listDealHistoryAction = orgActionClient
  .metadata({ actionName: "listDealHistory", access: pipelineAccess.read })
  .inputSchema(z.object({ entryId: z.uuid("Unknown deal.") }))
  .action(async ({ parsedInput, ctx }) => listDealHistory(ctx.actor, parsedInput.entryId));
