"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { projectKpisAccess } from "../access";
import { importKpiSheet } from "./import-kpi-sheet";
import { planKpiSheet } from "./plan-kpi-sheet";
import { importKpiSheetSchema, previewKpiSheetSchema } from "./schemas";

/** Reads and checks a sheet of actuals; writes nothing. */
export const previewKpiSheetAction = orgActionClient
  .metadata({ actionName: "previewKpiSheet", access: projectKpisAccess.report })
  .inputSchema(previewKpiSheetSchema)
  .action(async ({ parsedInput, ctx }) => planKpiSheet(ctx.actor, parsedInput));

/** Checks the same sheet again and reports every actual, or none. */
export const importKpiSheetAction = orgActionClient
  .metadata({ actionName: "importKpiSheet", access: projectKpisAccess.report })
  .inputSchema(importKpiSheetSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await importKpiSheet(ctx.actor, parsedInput);
    revalidatePath("/kpi-requests");
    return outcome;
  });
