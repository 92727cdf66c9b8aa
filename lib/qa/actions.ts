"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { qaAccess } from "./access";
import { askQuestion } from "./ask-question";
import { assignQuestion } from "./assign-question";
import { closeQuestion } from "./close-question";
import { saveDraftAnswer } from "./save-draft-answer";
import { askQuestionSchema, assignQuestionSchema, questionIdSchema, saveDraftAnswerSchema, submitFinalAnswerSchema, updateSlaPolicySchema } from "./schemas";
import { submitFinalAnswer } from "./submit-final-answer";
import { updateSlaPolicy } from "./update-sla-policy";

function revalidateQuestion(questionId: string) {
  revalidatePath("/qa");
  revalidatePath(`/qa/${questionId}`);
}

export const askQuestionAction = orgActionClient
  .metadata({ actionName: "askQuestion", access: qaAccess.ask, rateLimit: "qa-question" })
  .inputSchema(askQuestionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const question = await askQuestion(ctx.actor, parsedInput);
    revalidatePath("/qa");
    return { id: question.id, number: question.questionNumber };
  });

export const assignQuestionAction = orgActionClient
  .metadata({ actionName: "assignQuestion", access: qaAccess.assign })
  .inputSchema(assignQuestionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const question = await assignQuestion(ctx.actor, parsedInput);
    revalidateQuestion(question.id);
    return { status: question.status };
  });

export const saveDraftAnswerAction = orgActionClient
  .metadata({ actionName: "saveDraftAnswer", access: qaAccess.respond })
  .inputSchema(saveDraftAnswerSchema)
  .action(async ({ parsedInput, ctx }) => {
    const draft = await saveDraftAnswer(ctx.actor, parsedInput);
    revalidateQuestion(parsedInput.questionId);
    return { id: draft.id };
  });

export const submitFinalAnswerAction = orgActionClient
  .metadata({ actionName: "submitFinalAnswer", access: qaAccess.respond })
  .inputSchema(submitFinalAnswerSchema)
  .action(async ({ parsedInput, ctx }) => {
    const answer = await submitFinalAnswer(ctx.actor, parsedInput);
    revalidateQuestion(parsedInput.questionId);
    return { id: answer.id };
  });

export const closeQuestionAction = orgActionClient
  .metadata({ actionName: "closeQuestion", access: qaAccess.respond })
  .inputSchema(questionIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await closeQuestion(ctx.actor, parsedInput.questionId);
    revalidateQuestion(parsedInput.questionId);
    return { status: "closed" as const };
  });

export const updateSlaPolicyAction = orgActionClient
  .metadata({ actionName: "updateSlaPolicy", access: qaAccess.configureSla })
  .inputSchema(updateSlaPolicySchema)
  .action(async ({ parsedInput, ctx }) => {
    await updateSlaPolicy(ctx.actor, parsedInput);
    revalidatePath("/settings/qa");
    return { saved: true };
  });
