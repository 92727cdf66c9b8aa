import { Text } from "@react-email/components";
import type { NotificationKind } from "../notification-kinds";
import { EmailLayout, emailColors } from "./email-layout";
import { EmailAction, EmailHeading, EmailParagraph } from "./notification-email-parts";

/** What one notification's mail says; `url` is absolute (mail has no app origin to resolve against). */
export type NotificationEmailProps = { recipientName: string; title: string; message: string; url: string | null; settingsUrl: string };

const greeting = (name: string) => `Hello ${name.split(" ")[0] || name},`;

export function ActionRequiredEmail(props: NotificationEmailProps) {
  return (
    <EmailLayout preview={props.message} settingsUrl={props.settingsUrl}>
      <EmailParagraph>{greeting(props.recipientName)}</EmailParagraph>
      <EmailHeading>{props.title}</EmailHeading>
      <EmailParagraph>{props.message}</EmailParagraph>
      {props.url ? <EmailAction href={props.url} label="Review now" /> : null}
    </EmailLayout>
  );
}

export function WarningEmail(props: NotificationEmailProps) {
  return (
    <EmailLayout preview={props.message} settingsUrl={props.settingsUrl}>
      <Text
        style={{
          backgroundColor: emailColors.warningBg,
          borderRadius: "6px",
          color: emailColors.warning,
          fontSize: "13px",
          fontWeight: 600,
          margin: "0 0 16px",
          padding: "8px 12px",
        }}
      >
        Something needs your attention
      </Text>
      <EmailHeading>{props.title}</EmailHeading>
      <EmailParagraph>{props.message}</EmailParagraph>
      {props.url ? <EmailAction href={props.url} label="See what happened" /> : null}
    </EmailLayout>
  );
}

export function MentionEmail(props: NotificationEmailProps) {
  return (
    <EmailLayout preview={props.title} settingsUrl={props.settingsUrl}>
      <EmailParagraph>{greeting(props.recipientName)}</EmailParagraph>
      <EmailHeading>{props.title}</EmailHeading>
      <EmailParagraph>{props.message}</EmailParagraph>
      {props.url ? <EmailAction href={props.url} label="Open" /> : null}
    </EmailLayout>
  );
}

export function InfoEmail(props: NotificationEmailProps) {
  return (
    <EmailLayout preview={props.message} settingsUrl={props.settingsUrl}>
      <EmailHeading>{props.title}</EmailHeading>
      <EmailParagraph>{props.message}</EmailParagraph>
      {props.url ? <EmailAction href={props.url} label="View" /> : null}
    </EmailLayout>
  );
}

export function SystemEmail(props: NotificationEmailProps) {
  return (
    <EmailLayout preview={props.title} settingsUrl={props.settingsUrl}>
      <Text style={{ color: emailColors.muted, fontSize: "13px", margin: "0 0 8px" }}>A notice from the SCR Platform team</Text>
      <EmailHeading>{props.title}</EmailHeading>
      <EmailParagraph>{props.message}</EmailParagraph>
      {props.url ? <EmailAction href={props.url} label="Read more" /> : null}
    </EmailLayout>
  );
}

export const NOTIFICATION_EMAILS: Record<NotificationKind, (props: NotificationEmailProps) => React.JSX.Element> = {
  action_required: ActionRequiredEmail,
  warning: WarningEmail,
  mention: MentionEmail,
  info: InfoEmail,
  system: SystemEmail,
};
