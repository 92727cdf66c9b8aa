"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { requestSignalScore } from "./request-signal-score";
import { requestSignalScoreSchema } from "./schemas";
import { signalScoreAccess } from "./access";

export const requestSignalScoreAction = orgActionClient
  .metadata({ actionName: "requestSignalScore", access: signalScoreAccess.run, rateLimit: "ai" })
  .inputSchema(requestSignalScoreSchema)
  .action(async ({ parsedInput, ctx }) => {
    const score = await requestSignalScore(ctx.actor, parsedInput.projectId);
    revalidatePath(`/projects/${parsedInput.projectId}/signal-score`);
    return score;
  });
