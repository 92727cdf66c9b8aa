/**
 * Where mail goes, from the environment: SMTP when `SMTP_URL` is set; otherwise the embedded
 * development mailbox (kept in `dev_mailbox_messages`, read at /dev/mailbox), which production
 * refuses unless `DEV_MAILBOX=1` says so on purpose (the e2e server: `next start` on a build);
 * with neither, mail is off and the notifications stay in the app.
 */
export type MailMode = "smtp" | "dev-mailbox" | "off";

type MailEnv = Record<string, string | undefined>;

export function mailMode(env: MailEnv = process.env): MailMode {
  if (env.SMTP_URL) return "smtp";
  if (env.NODE_ENV !== "production" || env.DEV_MAILBOX === "1") return "dev-mailbox";
  return "off";
}

export function devMailboxEnabled(env: MailEnv = process.env): boolean {
  return mailMode(env) === "dev-mailbox";
}

/** The sender of every mail; `MAIL_FROM` overrides it (a verified sender of the SMTP provider). */
export function mailFrom(env: Record<string, string | undefined> = process.env): string {
  return env.MAIL_FROM || "SCR Platform <notifications@scr-platform.local>";
}

/**
 * Mail links must be absolute: `APP_URL` is the app's public origin (it is already the metadata
 * base of every page); a local server's own address otherwise.
 */
export function appUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  const base = env.APP_URL || `http://localhost:${env.PORT || "3000"}`;
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}
