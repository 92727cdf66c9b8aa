import { db } from "@/lib/db/client";
import { sendEmail } from "@/lib/email/send-email";
import { renderWeeklyDigestEmail } from "./render-notification-email";

export const DIGEST_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
/** A digest lists this many; the rest are counted. */
const DIGEST_ITEMS = 10;

/**
 * Who gets a digest this week: active users of any org who opted in and have an unread
 * notification from the window. A cron job acts for no org, so this reads across tenants on
 * purpose, and returns only user ids; each digest then reads one user's own inbox. `orgIds`
 * narrows it (tests, which share one database).
 */
export async function unsafeListDigestRecipients(since: Date, options: { orgIds?: string[] } = {}): Promise<string[]> {
  const users = await db.user.findMany({
    where: {
      isActive: true,
      ...(options.orgIds ? { orgId: { in: options.orgIds } } : {}),
      preferences: { path: ["notifications", "weeklyDigest"], equals: true },
      notifications: { some: { readAt: null, createdAt: { gte: since } } },
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return users.map((u) => u.id);
}

/** One user's digest of their unread notifications since `since`, in their own org; nothing when there are none (read meanwhile). */
export async function sendWeeklyDigest(userId: string, since: Date): Promise<"sent" | "nothing-unread" | "mail-off" | "gone"> {
  const user = await db.user.findFirst({ where: { id: userId, isActive: true }, select: { id: true, orgId: true, email: true, fullName: true } });
  if (!user) return "gone";
  const where = { userId: user.id, orgId: user.orgId, readAt: null, createdAt: { gte: since } };
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: DIGEST_ITEMS,
      select: { title: true, message: true, link: true, createdAt: true },
    }),
  ]);
  if (!total) return "nothing-unread";
  const email = await renderWeeklyDigestEmail({
    to: user.email,
    recipientName: user.fullName,
    total,
    items: rows.map((r) => ({ ...r, createdAt: `${r.createdAt.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC` })),
  });
  const result = await sendEmail(email);
  return result.delivered === "off" ? "mail-off" : "sent";
}
