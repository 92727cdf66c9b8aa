"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { portfoliosAccess } from "../access";
import { requestSnapshotBackfill } from "./request-snapshot-backfill";
import { backfillSnapshotsSchema } from "./schemas";

export const backfillPortfolioSnapshotsAction = orgActionClient
  .metadata({ actionName: "backfillPortfolioSnapshots", access: portfoliosAccess.write })
  .inputSchema(backfillSnapshotsSchema)
  .action(async ({ parsedInput, ctx }) => {
    const requested = await requestSnapshotBackfill(ctx.actor, parsedInput);
    revalidatePath(`/portfolios/${requested.portfolioId}`);
    return requested;
  });
