import { defineCronJob } from "@/lib/jobs/define-job";
import { unsafeRetryDueWebhookDeliveries } from "@/lib/webhooks/retry-due-webhook-deliveries";

/** Every minute: failed attempts whose backoff has passed are sent again, across orgs, oldest due first. */
export const retryWebhookDeliveriesJob = defineCronJob({
  id: "retry-webhook-deliveries",
  cron: "* * * * *",
  attempts: 1,
  async handler({ step }) {
    const outcomes = await step.run("retry-due", () => unsafeRetryDueWebhookDeliveries());
    return { retried: outcomes.length, delivered: outcomes.filter((o) => o.status === "delivered").length };
  },
});
