import "server-only";
import { db } from "@/lib/db/client";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

export type DevMailSummary = { id: string; to: string; subject: string; createdAt: string };
export type DevMail = DevMailSummary & { html: string; text: string };

/**
 * The development mailbox holds every mail the embedded transport kept, for every user: it is a
 * developer's inbox (like MailHog), so it reads across tenants. Its pages exist only while
 * devMailboxEnabled() (no SMTP_URL, and not production unless DEV_MAILBOX=1).
 */
export async function unsafeListDevMailbox(limit = 100): Promise<DevMailSummary[]> {
  const rows = await db.devMailboxMessage.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

export async function unsafeGetDevMail(id: string): Promise<DevMail | null> {
  if (!looksLikeUuid(id)) return null;
  const row = await db.devMailboxMessage.findUnique({ where: { id } });
  return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
}
