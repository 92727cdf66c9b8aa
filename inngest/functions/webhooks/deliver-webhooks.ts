import { defineJob } from "@/lib/jobs/define-job";
import { unsafeAttemptWebhookDelivery } from "@/lib/webhooks/attempt-webhook-delivery";
import { unsafeEnqueueWebhookDeliveries } from "@/lib/webhooks/enqueue-webhook-deliveries";
import { loadEventTime } from "@/lib/webhooks/load-event-time";
import { orgsWithWebhooks } from "@/lib/webhooks/orgs-with-webhooks";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-events";

/**
 * Every public event -> one signed POST to each subscribed endpoint of its org and of the orgs its
 * catalogue entry names as its audience. One step per attempt, so a retried run sends nothing
 * twice; failures are retried by the sweep below, on the webhook's own backoff, not by re-running
 * this job.
 */
export const deliverWebhooksJob = defineJob({
  id: "deliver-webhooks",
  on: WEBHOOK_EVENT_TYPES,
  concurrencyPerOrg: 4,
  forOrgs: orgsWithWebhooks,
  attempts: 3,
  async handler({ event, step, progress }) {
    const data = event.data as { orgId: string } & Record<string, unknown>;
    const deliveryIds = await step.run("enqueue", async () =>
      unsafeEnqueueWebhookDeliveries({ id: event.id, name: event.name, orgId: data.orgId, data, occurredAt: await loadEventTime(event.id) }),
    );
    for (const [index, deliveryId] of deliveryIds.entries()) {
      await step.run(`attempt-${deliveryId}`, () => unsafeAttemptWebhookDelivery(deliveryId));
      await progress(index + 1, deliveryIds.length);
    }
    return { deliveries: deliveryIds.length };
  },
});
