import { db } from "@/lib/db/client";
import { sendEmail } from "@/lib/email/send-email";
import { wantsEmail } from "./notification-preferences";
import { renderNotificationEmail } from "./render-notification-email";

export type NotificationEmailOutcome = "sent" | "already-sent" | "not-wanted" | "mail-off" | "gone";

/**
 * Mails one notification to its user if their settings want its kind. `emailed_at` is claimed
 * before sending and released if the transport fails, so the job's retry sends it, and a rerun
 * after success sends nothing twice.
 */
export async function sendNotificationEmail(orgId: string, notificationId: string, now = new Date()): Promise<NotificationEmailOutcome> {
  const row = await db.notification.findFirst({
    where: { id: notificationId, orgId },
    select: { kind: true, title: true, message: true, link: true, emailedAt: true, user: { select: { email: true, fullName: true, isActive: true, preferences: true } } },
  });
  if (!row?.user.isActive) return "gone";
  if (row.emailedAt) return "already-sent";
  if (!wantsEmail(row.user.preferences, row.kind)) return "not-wanted";

  const email = await renderNotificationEmail({
    to: row.user.email,
    recipientName: row.user.fullName,
    kind: row.kind,
    title: row.title,
    message: row.message,
    link: row.link,
  });
  const { count } = await db.notification.updateMany({ where: { id: notificationId, orgId, emailedAt: null }, data: { emailedAt: now } });
  if (count === 0) return "already-sent";
  try {
    const result = await sendEmail(email);
    if (result.delivered === "off") {
      await db.notification.updateMany({ where: { id: notificationId, orgId }, data: { emailedAt: null } });
      return "mail-off";
    }
    return "sent";
  } catch (error) {
    await db.notification.updateMany({ where: { id: notificationId, orgId }, data: { emailedAt: null } });
    throw error;
  }
}
