"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { rateAiOutputSchema } from "./schemas";
import { rateAiOutput } from "./rate-ai-output";
import { aiAccess } from "./access";

export const rateAiOutputAction = orgActionClient
  .metadata({ actionName: "rateAiOutput", access: aiAccess.feedback })
  .inputSchema(rateAiOutputSchema)
  .action(async ({ parsedInput, ctx }) => {
    const feedback = await rateAiOutput(ctx.actor, parsedInput);
    revalidatePath("/projects", "layout");
    return feedback;
  });
