"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { qaAccess } from "./access";
import { draftAnswerWithAi } from "./draft-answer-with-ai";
import { questionIdSchema } from "./schemas";

/** The project team's "Draft with AI" on a question: an AI run, so it spends the plan's AI rate. */
export const draftAnswerWithAiAction = orgActionClient
  .metadata({ actionName: "draftAnswerWithAi", access: qaAccess.respond, rateLimit: "ai" })
  .inputSchema(questionIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { answer } = await draftAnswerWithAi(ctx.actor, parsedInput.questionId);
    revalidatePath("/qa");
    revalidatePath(`/qa/${parsedInput.questionId}`);
    return { answerId: answer.id };
  });
