"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { requestSignalScore } from "./request-signal-score";
import { requestSignalScoreSchema } from "./schemas";

export const requestSignalScoreAction = orgActionClient
  .metadata({ actionName: "requestSignalScore", permission: "ai.run", orgTypes: ["ALLY"] })
  .inputSchema(requestSignalScoreSchema)
  .action(async ({ parsedInput, ctx }) => {
    const score = await requestSignalScore(ctx.actor, parsedInput.projectId);
    revalidatePath(`/projects/${parsedInput.projectId}/signal-score`);
    return score;
  });
