import { render } from "@react-email/render";
import type { OutgoingEmail } from "@/lib/email/send-email";
import { EmailLayout } from "@/lib/notifications/emails/email-layout";
import { EmailAction, EmailHeading, EmailParagraph } from "@/lib/notifications/emails/notification-email-parts";

type GuestInviteMail = {
  to: string;
  allyOrgName: string;
  inviterName: string;
  roomName: string;
  projectName: string;
  url: string;
  expiresAt: Date;
  ndaRequired: boolean;
};

// UTC spelled out: the server does not know the reader's time zone.
const EXPIRY_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** The invitation an outside guest receives: who invites them, to what, until when, and the single-use link. */
export async function renderGuestInviteEmail(mail: GuestInviteMail): Promise<OutgoingEmail> {
  const subject = `${mail.allyOrgName} invited you to the deal room “${mail.roomName}”`;
  const expires = `${EXPIRY_FORMAT.format(mail.expiresAt)} UTC`;
  const element = (
    <EmailLayout
      preview={subject}
      footerNote={`You receive this because ${mail.inviterName} of ${mail.allyOrgName} entered your address. If you did not expect it, ignore this mail: nothing opens without the link.`}
    >
      <EmailHeading>{subject}</EmailHeading>
      <EmailParagraph>
        {`${mail.inviterName} shares due-diligence documents on ${mail.projectName} with you on SCR Platform. You need no account: open the link, type your name${mail.ndaRequired ? " and accept the room's non-disclosure agreement" : ""}, and the room opens.`}
      </EmailParagraph>
      <EmailParagraph>{`The link works once, on one browser, until ${expires}. If it has expired or was used, ask ${mail.allyOrgName} for a new one.`}</EmailParagraph>
      <EmailAction href={mail.url} label="Open the deal room" />
    </EmailLayout>
  );
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { to: mail.to, subject, html, text };
}
