import { Link, Section, Text } from "@react-email/components";
import { EmailLayout, emailColors } from "./email-layout";
import { EmailAction, EmailHeading, EmailParagraph } from "./notification-email-parts";

export type DigestItem = { title: string; message: string; url: string | null; createdAt: string };
export type WeeklyDigestEmailProps = { recipientName: string; items: DigestItem[]; total: number; inboxUrl: string; settingsUrl: string };

/** Last week's unread notifications, newest first; at most a screenful, with the rest counted. */
export function WeeklyDigestEmail({ recipientName, items, total, inboxUrl, settingsUrl }: WeeklyDigestEmailProps) {
  const more = total - items.length;
  return (
    <EmailLayout preview={`${total} unread notification${total === 1 ? "" : "s"} from last week`} settingsUrl={settingsUrl}>
      <EmailParagraph>{`Hello ${recipientName.split(" ")[0] || recipientName},`}</EmailParagraph>
      <EmailHeading>{`Your week on SCR Platform: ${total} unread`}</EmailHeading>
      {items.map((item, i) => (
        <Section key={i} style={{ borderTop: `1px solid ${emailColors.border}`, padding: "12px 0" }}>
          <Text style={{ color: emailColors.text, fontSize: "15px", fontWeight: 600, lineHeight: "22px", margin: 0 }}>
            {item.url ? <Link href={item.url}>{item.title}</Link> : item.title}
          </Text>
          <Text style={{ color: emailColors.muted, fontSize: "14px", lineHeight: "20px", margin: "4px 0 0" }}>{item.message}</Text>
          <Text style={{ color: emailColors.muted, fontSize: "12px", margin: "4px 0 0" }}>{item.createdAt}</Text>
        </Section>
      ))}
      {more > 0 ? <EmailParagraph>{`And ${more} more.`}</EmailParagraph> : null}
      <EmailAction href={inboxUrl} label="Open your notifications" />
    </EmailLayout>
  );
}
