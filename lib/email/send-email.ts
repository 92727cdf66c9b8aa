import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db/client";
import { createBoundedCache } from "@/lib/utils/bounded-cache";
import { mailFrom, mailMode } from "./mail-config";

export type OutgoingEmail = { to: string; subject: string; html: string; text: string };
export type SendResult = { delivered: "smtp" | "dev-mailbox"; messageId: string } | { delivered: "off" };

/**
 * One pooled transport per SMTP_URL: connections are reused across the mails of a job run. Keyed
 * by configuration, so a process holds one or two; a replaced one has its pool closed.
 */
const transports = createBoundedCache<string, Transporter>({ maxEntries: 2, onEvict: (_url, transport) => transport.close() });

function smtpTransport(url: string): Transporter {
  return transports.getOrCreate(url, () => nodemailer.createTransport(url));
}

/**
 * Sends one mail through the configured transport (lib/email/mail-config.ts). A failure throws,
 * so the job that sends it retries; with mail off nothing is sent and the caller is told so.
 */
export async function sendEmail(email: OutgoingEmail): Promise<SendResult> {
  const mode = mailMode();
  if (mode === "off") return { delivered: "off" };
  if (mode === "dev-mailbox") {
    const row = await db.devMailboxMessage.create({ data: email, select: { id: true } });
    return { delivered: "dev-mailbox", messageId: row.id };
  }
  const info = await smtpTransport(process.env.SMTP_URL!).sendMail({ from: mailFrom(), ...email });
  return { delivered: "smtp", messageId: info.messageId };
}
