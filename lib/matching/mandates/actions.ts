"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { matchingAccess } from "@/lib/matching/access";
import { toDottedFieldErrors } from "@/lib/projects/to-dotted-field-errors";
import { createMandate } from "./create-mandate";
import { deleteMandate } from "./delete-mandate";
import { rateMatch } from "./rate-match";
import { createMandateSchema, mandateIdSchema, rateMatchSchema, setMandateActiveSchema, updateMandateSchema } from "./schemas";
import { setMandateActive } from "./set-mandate-active";
import { updateMandate } from "./update-mandate";

/** Weights are nested ("dimensionWeights.esg"): each message goes next to its own input. */
const dottedErrors = { handleValidationErrorsShape: async (errors: unknown) => toDottedFieldErrors(errors) };

const mandateAction = (actionName: string) => orgActionClient.metadata({ actionName, access: matchingAccess.writeMandates });

function revalidateMandate(mandateId: string) {
  revalidatePath("/mandates");
  revalidatePath(`/mandates/${mandateId}`, "layout");
}

export const createMandateAction = mandateAction("createMandate")
  .inputSchema(createMandateSchema, dottedErrors)
  .action(async ({ parsedInput, ctx }) => {
    const mandate = await createMandate(ctx.actor, parsedInput);
    revalidatePath("/mandates");
    return { id: mandate.id };
  });

export const updateMandateAction = mandateAction("updateMandate")
  .inputSchema(updateMandateSchema, dottedErrors)
  .action(async ({ parsedInput, ctx }) => {
    const mandate = await updateMandate(ctx.actor, parsedInput);
    revalidateMandate(mandate.id);
    return { id: mandate.id, updatedAt: mandate.updatedAt };
  });

export const setMandateActiveAction = mandateAction("setMandateActive")
  .inputSchema(setMandateActiveSchema)
  .action(async ({ parsedInput, ctx }) => {
    const mandate = await setMandateActive(ctx.actor, parsedInput);
    revalidateMandate(mandate.id);
    return { id: mandate.id, isActive: mandate.isActive };
  });

export const deleteMandateAction = mandateAction("deleteMandate")
  .inputSchema(mandateIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const deleted = await deleteMandate(ctx.actor, parsedInput.mandateId);
    revalidatePath("/mandates");
    return deleted;
  });

/** Rating is a write of the investor's (analyst and above); viewers read the tallies. */
export const rateMatchAction = mandateAction("rateMatch")
  .inputSchema(rateMatchSchema)
  .action(async ({ parsedInput, ctx }) => {
    const feedback = await rateMatch(ctx.actor, parsedInput);
    revalidatePath("/mandates", "layout");
    return feedback;
  });
