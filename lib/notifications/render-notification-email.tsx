import { render } from "@react-email/render";
import { appUrl } from "@/lib/email/mail-config";
import type { OutgoingEmail } from "@/lib/email/send-email";
import type { NotificationKind } from "./notification-kinds";
import { NOTIFICATION_EMAILS } from "./emails/notification-emails";
import { WeeklyDigestEmail, type DigestItem } from "./emails/weekly-digest-email";

export const PREFERENCES_PATH = "/notifications/preferences";

type NotificationMail = { to: string; recipientName: string; kind: NotificationKind; title: string; message: string; link: string | null };

/** One notification as a mail: its kind's template, rendered to HTML and to plain text, links absolute. */
export async function renderNotificationEmail(mail: NotificationMail): Promise<OutgoingEmail> {
  const Template = NOTIFICATION_EMAILS[mail.kind];
  const element = (
    <Template
      recipientName={mail.recipientName}
      title={mail.title}
      message={mail.message}
      url={mail.link ? appUrl(mail.link) : null}
      settingsUrl={appUrl(PREFERENCES_PATH)}
    />
  );
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { to: mail.to, subject: mail.title, html, text };
}

type DigestMail = { to: string; recipientName: string; items: (Omit<DigestItem, "url"> & { link: string | null })[]; total: number };

export async function renderWeeklyDigestEmail(mail: DigestMail): Promise<OutgoingEmail> {
  const element = (
    <WeeklyDigestEmail
      recipientName={mail.recipientName}
      items={mail.items.map(({ link, ...item }) => ({ ...item, url: link ? appUrl(link) : null }))}
      total={mail.total}
      inboxUrl={appUrl("/notifications")}
      settingsUrl={appUrl(PREFERENCES_PATH)}
    />
  );
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { to: mail.to, subject: `Your week on SCR Platform: ${mail.total} unread notification${mail.total === 1 ? "" : "s"}`, html, text };
}
