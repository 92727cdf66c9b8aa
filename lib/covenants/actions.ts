"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { getHoldingOrThrow } from "@/lib/portfolios/get-holding-or-throw";
import { covenantsAccess } from "./access";
import { checkCovenants } from "./check-covenants";
import { createCovenant } from "./create-covenant";
import { deleteCovenant } from "./delete-covenant";
import { reinstateCovenant } from "./reinstate-covenant";
import { checkCovenantsSchema, covenantIdSchema, createCovenantSchema, waiveCovenantSchema } from "./schemas";
import { waiveCovenant } from "./waive-covenant";

/** Sets a covenant and checks it at once, so it shows a real status from the start. */
export const createCovenantAction = orgActionClient
  .metadata({ actionName: "createCovenant", access: covenantsAccess.write })
  .inputSchema(createCovenantSchema)
  .action(async ({ parsedInput, ctx }) => {
    const covenant = await createCovenant(ctx.actor, parsedInput);
    const checked = await checkCovenants(ctx.actor, { covenantIds: [covenant.id] });
    revalidatePath("/portfolios", "layout");
    return { id: covenant.id, checked };
  });

export const checkCovenantsAction = orgActionClient
  .metadata({ actionName: "checkCovenants", access: covenantsAccess.write })
  .inputSchema(checkCovenantsSchema)
  .action(async ({ parsedInput, ctx }) => {
    const holding = parsedInput.holdingId ? await getHoldingOrThrow(ctx.actor, parsedInput.holdingId) : null;
    const summary = await checkCovenants(ctx.actor, holding ? { holdingIds: [holding.id] } : {});
    revalidatePath("/portfolios", "layout");
    return summary;
  });

export const waiveCovenantAction = orgActionClient
  .metadata({ actionName: "waiveCovenant", access: covenantsAccess.waive })
  .inputSchema(waiveCovenantSchema)
  .action(async ({ parsedInput, ctx }) => {
    await waiveCovenant(ctx.actor, parsedInput);
    revalidatePath("/portfolios", "layout");
    return { ok: true };
  });

export const reinstateCovenantAction = orgActionClient
  .metadata({ actionName: "reinstateCovenant", access: covenantsAccess.waive })
  .inputSchema(covenantIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const checked = await reinstateCovenant(ctx.actor, parsedInput);
    revalidatePath("/portfolios", "layout");
    return checked;
  });

export const deleteCovenantAction = orgActionClient
  .metadata({ actionName: "deleteCovenant", access: covenantsAccess.write })
  .inputSchema(covenantIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const removed = await deleteCovenant(ctx.actor, parsedInput);
    revalidatePath("/portfolios", "layout");
    return removed;
  });
