"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { projectKpisAccess } from "./access";
import { deleteKpiTarget } from "./delete-kpi-target";
import { recordKpiActual } from "./record-kpi-actual";
import { reportKpiActual } from "./report-kpi-actual";
import { requestKpiActuals } from "./request-kpi-actuals";
import { kpiTargetIdSchema, recordKpiActualSchema, reportKpiActualSchema, requestKpiActualsSchema, setKpiTargetSchema, shareHoldingSchema } from "./schemas";
import { setKpiTarget } from "./set-kpi-target";
import { shareHolding } from "./share-holding";

export const setKpiTargetAction = orgActionClient
  .metadata({ actionName: "setKpiTarget", access: projectKpisAccess.manage })
  .inputSchema(setKpiTargetSchema)
  .action(async ({ parsedInput, ctx }) => {
    const target = await setKpiTarget(ctx.actor, parsedInput);
    revalidatePath("/portfolios", "layout");
    return { id: target.id };
  });

export const deleteKpiTargetAction = orgActionClient
  .metadata({ actionName: "deleteKpiTarget", access: projectKpisAccess.manage })
  .inputSchema(kpiTargetIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const removed = await deleteKpiTarget(ctx.actor, parsedInput);
    revalidatePath("/portfolios", "layout");
    return removed;
  });

export const requestKpiActualsAction = orgActionClient
  .metadata({ actionName: "requestKpiActuals", access: projectKpisAccess.manage })
  .inputSchema(requestKpiActualsSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await requestKpiActuals(ctx.actor, parsedInput);
    revalidatePath("/portfolios", "layout");
    return outcome;
  });

export const shareHoldingAction = orgActionClient
  .metadata({ actionName: "shareHolding", access: projectKpisAccess.manage })
  .inputSchema(shareHoldingSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await shareHolding(ctx.actor, parsedInput);
    revalidatePath("/portfolios", "layout");
    return outcome;
  });

export const reportKpiActualAction = orgActionClient
  .metadata({ actionName: "reportKpiActual", access: projectKpisAccess.report })
  .inputSchema(reportKpiActualSchema)
  .action(async ({ parsedInput, ctx }) => {
    const actual = await reportKpiActual(ctx.actor, parsedInput);
    revalidatePath("/kpi-requests");
    return { id: actual.id, period: actual.period };
  });

export const recordKpiActualAction = orgActionClient
  .metadata({ actionName: "recordKpiActual", access: projectKpisAccess.manage })
  .inputSchema(recordKpiActualSchema)
  .action(async ({ parsedInput, ctx }) => {
    const actual = await recordKpiActual(ctx.actor, parsedInput);
    revalidatePath("/portfolios", "layout");
    return { id: actual.id, period: actual.period };
  });
