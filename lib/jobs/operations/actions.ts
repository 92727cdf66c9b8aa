"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { retryJobRun } from "./retry-job-run";
import { retryJobRunSchema } from "./schemas";
import { jobsAccess } from "../access";

export const retryJobRunAction = orgActionClient
  .metadata({ actionName: "retryJobRun", access: jobsAccess.retry })
  .inputSchema(retryJobRunSchema)
  .action(async ({ parsedInput, ctx }) => {
    const run = await retryJobRun(ctx.actor, parsedInput.runId);
    revalidatePath("/settings/jobs");
    return run;
  });
