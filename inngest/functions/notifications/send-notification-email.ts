import { defineJob } from "@/lib/jobs/define-job";
import { sendNotificationEmail } from "@/lib/notifications/send-notification-email";

/** Mails a new notification when its user's settings ask for its kind; retried on a transport failure, sent at most once. */
export const sendNotificationEmailJob = defineJob({
  id: "send-notification-email",
  on: "notification.created",
  attempts: 6,
  async handler({ event, step }) {
    return step.run("send-email", () => sendNotificationEmail(event.data.orgId, event.data.notificationId));
  },
});
