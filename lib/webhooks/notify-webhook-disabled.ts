import "server-only";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { listOrgRecipients } from "@/lib/notifications/list-org-recipients";

/** Tells the org's admins (those who can fix it) that an endpoint stopped receiving, and why. */
export async function notifyWebhookDisabled(subscription: { id: string; orgId: string; url: string }, reason: string, at: Date): Promise<void> {
  const recipients = await listOrgRecipients(subscription.orgId, { userIds: [], minRole: "admin" });
  const host = new URL(subscription.url).host;
  await createNotifications(recipients, {
    kind: "warning",
    title: `Webhook disabled: ${host}`,
    message: `${reason} Fix the endpoint, then enable the webhook again and redeliver what it missed from its delivery log.`,
    link: `/settings/webhooks/${subscription.id}`,
    sourceKey: `webhook.disabled:${subscription.id}:${at.getTime()}`,
  });
}
