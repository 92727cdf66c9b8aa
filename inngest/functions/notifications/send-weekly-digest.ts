import { defineCronJob } from "@/lib/jobs/define-job";
import { DIGEST_WINDOW_MS, sendWeeklyDigest, unsafeListDigestRecipients } from "@/lib/notifications/send-weekly-digests";

/**
 * Mondays 07:00 UTC: each user who opted in gets last week's unread notifications in one mail.
 * The window is fixed in the first step and each user's mail is its own step, so a retried run
 * neither moves the window nor mails anyone twice.
 */
export const sendWeeklyDigestJob = defineCronJob({
  id: "send-weekly-digest",
  cron: "0 7 * * 1",
  async handler({ step }) {
    const since = await step.run("window", async () => new Date(Date.now() - DIGEST_WINDOW_MS).toISOString());
    const userIds = await step.run("list-recipients", () => unsafeListDigestRecipients(new Date(since)));
    const outcomes: Record<string, number> = {};
    for (const userId of userIds) {
      const outcome = await step.run(`digest-${userId}`, () => sendWeeklyDigest(userId, new Date(since)));
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    return { recipients: userIds.length, outcomes };
  },
});
