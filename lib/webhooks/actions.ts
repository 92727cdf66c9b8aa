"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { webhooksAccess } from "./access";
import { createWebhook } from "./create-webhook";
import { deleteWebhook } from "./delete-webhook";
import { redeliverWebhook } from "./redeliver-webhook";
import { rotateWebhookSecret } from "./rotate-webhook-secret";
import { createWebhookSchema, redeliverWebhookSchema, updateWebhookSchema, webhookIdSchema } from "./schemas";
import { sendTestWebhook } from "./send-test-webhook";
import { setWebhookActive } from "./set-webhook-active";
import { updateWebhook } from "./update-webhook";

const manage = (actionName: string) => orgActionClient.metadata({ actionName, access: webhooksAccess.manage });
const refresh = (subscriptionId?: string) => {
  revalidatePath("/settings/webhooks");
  if (subscriptionId) revalidatePath(`/settings/webhooks/${subscriptionId}`);
};

/** Returns the signing secret: the one time anyone sees it. */
export const createWebhookAction = manage("createWebhook")
  .inputSchema(createWebhookSchema)
  .action(async ({ parsedInput, ctx }) => {
    const created = await createWebhook(ctx.actor, parsedInput);
    refresh();
    return created;
  });

export const updateWebhookAction = manage("updateWebhook")
  .inputSchema(updateWebhookSchema)
  .action(async ({ parsedInput, ctx }) => {
    const webhook = await updateWebhook(ctx.actor, parsedInput);
    refresh(webhook.id);
    return webhook;
  });

export const deleteWebhookAction = manage("deleteWebhook")
  .inputSchema(webhookIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const deleted = await deleteWebhook(ctx.actor, parsedInput);
    refresh();
    return deleted;
  });

export const enableWebhookAction = manage("enableWebhook")
  .inputSchema(webhookIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const webhook = await setWebhookActive(ctx.actor, { ...parsedInput, active: true });
    refresh(webhook.id);
    return webhook;
  });

export const disableWebhookAction = manage("disableWebhook")
  .inputSchema(webhookIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const webhook = await setWebhookActive(ctx.actor, { ...parsedInput, active: false });
    refresh(webhook.id);
    return webhook;
  });

export const rotateWebhookSecretAction = manage("rotateWebhookSecret")
  .inputSchema(webhookIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const rotated = await rotateWebhookSecret(ctx.actor, parsedInput);
    refresh(parsedInput.subscriptionId);
    return rotated;
  });

export const sendTestWebhookAction = manage("sendTestWebhook")
  .inputSchema(webhookIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await sendTestWebhook(ctx.actor, parsedInput);
    refresh(parsedInput.subscriptionId);
    return outcome;
  });

export const redeliverWebhookAction = manage("redeliverWebhook")
  .inputSchema(redeliverWebhookSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await redeliverWebhook(ctx.actor, parsedInput);
    refresh();
    return outcome;
  });
