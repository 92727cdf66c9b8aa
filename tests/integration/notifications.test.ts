import { callRoute, signIn } from "../support/mock-request-context";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createDocument, createNotification, createSignalScore, createUser } from "@/prisma/factories";
import { pdfWithPages } from "../support/dataroom-fixtures";
import { uploadRequest, useTestStorage } from "../support/dataroom-routes";
import { drainJobs } from "../support/job-worker";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { GET: summaryRoute } = await import("@/app/api/notifications/route");
const { startRedactionAction } = await import("@/lib/dataroom/actions");
const { createShareLinkAction } = await import("@/lib/dataroom/share/actions");
const { markNotificationReadAction, markAllNotificationsReadAction, updateNotificationPreferencesAction } = await import("@/lib/notifications/actions");
const { notifyRedactionReady } = await import("@/lib/notifications/notify-redaction-ready");
const { notifySignalScoreCompleted } = await import("@/lib/notifications/notify-signal-score-completed");
const { sendNotificationEmail } = await import("@/lib/notifications/send-notification-email");
const { sendWeeklyDigest, unsafeListDigestRecipients, DIGEST_WINDOW_MS } = await import("@/lib/notifications/send-weekly-digests");
const { DEFAULT_EMAIL_KINDS } = await import("@/lib/notifications/notification-preferences");

useTestStorage();
beforeEach(() => signIn(null));

const mailTo = (email: string) => db.devMailboxMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
const inbox = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

/** An analyst's project with a READY PDF (uploaded and extracted by the real jobs) holding personal data. */
async function uploadedPdf(role: "analyst" | "manager" = "analyst") {
  const actor = await createTenant({ role });
  const project = await createTenantProject(actor);
  signIn(actor);
  const bytes = await pdfWithPages(["Escrow: pay GB82 WEST 1234 5698 7654 32 and mail treasury@helios.example", "Site visit notes"]);
  const response = await upload(uploadRequest({ fileName: "escrow.pdf", projectId: project.id }, bytes));
  const { document } = (await response.json()) as { document: { id: string } };
  await drainJobs();
  return { actor, project, documentId: document.id };
}

/** A redaction job put up for review directly (no analysis), for recipient rules. */
async function reviewJob(actor: Actor, options: { createdBy: string | null; classification?: "TOP_SECRET" | "CONFIDENTIAL" }) {
  const project = await createTenantProject(actor);
  const document = await createDocument(db, { orgId: actor.org.id, uploadedBy: actor.user.id, projectId: project.id, classification: options.classification });
  return db.redactionJob.create({ data: { orgId: actor.org.id, documentId: document.id, createdBy: options.createdBy, status: "review", entityCount: 3 } });
}

async function setPreferences(actor: Actor, email: Partial<typeof DEFAULT_EMAIL_KINDS>, weeklyDigest = false) {
  signIn(actor);
  const result = await updateNotificationPreferencesAction({ email: { ...DEFAULT_EMAIL_KINDS, ...email }, weeklyDigest });
  expect(result.serverError).toBeUndefined();
  expect(result.validationErrors).toBeUndefined();
}

describe("a redaction ready for review", () => {
  it("notifies the requester in the app and by mail in the development mailbox, once, with an absolute link to the review", async () => {
    const { actor, project, documentId } = await uploadedPdf();
    const manager = await createUser(db, { orgId: actor.org.id, role: "manager" });
    const outsider = await createTenant({ role: "admin" });

    const started = await startRedactionAction({ documentId });
    await drainJobs();

    const [notification, ...others] = await inbox(actor.user.id);
    expect(others).toEqual([]);
    expect(notification).toMatchObject({
      orgId: actor.org.id,
      kind: "action_required",
      title: "Redaction ready for review: escrow.pdf",
      message: "2 items of personal data found in escrow.pdf. Review them and choose what to remove before the redacted copy is made.",
      link: `/dataroom/${project.id}/documents/${documentId}/redaction`,
      readAt: null,
      sourceKey: `redaction.analyzed:${started.data!.id}`,
    });
    expect(notification!.emailedAt).not.toBeNull();
    // The requester asked; the managers are not disturbed, and no other org hears of it.
    expect(await inbox(manager.id)).toEqual([]);
    expect(await db.notification.count({ where: { orgId: outsider.org.id } })).toBe(0);

    const [mail, ...moreMail] = await mailTo(actor.user.email);
    expect(moreMail).toEqual([]);
    expect(mail!.subject).toBe("Redaction ready for review: escrow.pdf");
    expect(mail!.html).toContain(`href="http://localhost:3000/dataroom/${project.id}/documents/${documentId}/redaction"`);
    expect(mail!.html).toContain("Review now");
    expect(mail!.text).toContain("2 items of personal data found in escrow.pdf");
    expect(mail!.text).toContain(`http://localhost:3000/dataroom/${project.id}/documents/${documentId}/redaction`);

    // The same fact again (a redelivered event, a rerun job) writes and mails nothing twice.
    expect(await notifyRedactionReady(actor.org.id, started.data!.id)).toEqual([]);
    expect(await sendNotificationEmail(actor.org.id, notification!.id)).toBe("already-sent");
    expect(await inbox(actor.user.id)).toHaveLength(1);
    expect(await mailTo(actor.user.email)).toHaveLength(1);
  }, 60_000);

  it("goes to the managers and admins when nobody asked, and never to anyone below the document's clearance", async () => {
    const admin = await createTenant({ role: "admin" });
    const manager = await createUser(db, { orgId: admin.org.id, role: "manager" });
    const analyst = await createUser(db, { orgId: admin.org.id, role: "analyst" });
    const retired = await createUser(db, { orgId: admin.org.id, role: "manager", isActive: false });

    const open = await reviewJob(admin, { createdBy: null, classification: "CONFIDENTIAL" });
    await notifyRedactionReady(admin.org.id, open.id);
    expect((await db.notification.findMany({ where: { sourceKey: `redaction.analyzed:${open.id}` } })).map((n) => n.userId).sort()).toEqual(
      [admin.user.id, manager.id].sort(),
    );

    const secret = await reviewJob(admin, { createdBy: analyst.id, classification: "TOP_SECRET" });
    await notifyRedactionReady(admin.org.id, secret.id);
    // The analyst may not see a TOP_SECRET file, so its name must not reach them: the admins hear instead.
    expect((await db.notification.findMany({ where: { sourceKey: `redaction.analyzed:${secret.id}` } })).map((n) => n.userId)).toEqual([admin.user.id]);
    expect(await inbox(retired.id)).toEqual([]);
  });

  it("respects the user's settings: with that kind's mail off, the notification is still written and no mail goes", async () => {
    const { actor, documentId } = await uploadedPdf();
    await setPreferences(actor, { action_required: false });
    signIn(actor);
    await startRedactionAction({ documentId });
    await drainJobs();

    const [notification] = await inbox(actor.user.id);
    expect(notification).toMatchObject({ kind: "action_required", emailedAt: null });
    expect(await mailTo(actor.user.email)).toEqual([]);
    expect(await sendNotificationEmail(actor.org.id, notification!.id)).toBe("not-wanted");
  }, 60_000);
});

describe("mail through SMTP_URL", () => {
  let server: SMTPServer;
  const received: { envelopeTo: string[]; mail: ParsedMail }[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail }))
          .then(() => callback(), callback);
      },
    });
    server.listen(0, "127.0.0.1");
    await once(server.server, "listening");
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
    vi.stubEnv("APP_URL", "https://app.scr.example");
    vi.stubEnv("MAIL_FROM", "SCR Platform <notify@scr.example>");
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("sends the notification's mail to an SMTP server and keeps nothing in the development mailbox", async () => {
    const admin = await createTenant({ role: "admin" });
    const job = await reviewJob(admin, { createdBy: admin.user.id });
    const [id] = await notifyRedactionReady(admin.org.id, job.id);
    await drainJobs();

    const mine = received.filter((r) => r.envelopeTo.includes(admin.user.email));
    expect(mine).toHaveLength(1);
    const { mail } = mine[0]!;
    const document = await db.document.findFirstOrThrow({ where: { id: job.documentId } });
    expect(mail.subject).toBe(`Redaction ready for review: ${document.name}`);
    expect(mail.from?.text).toBe('"SCR Platform" <notify@scr.example>');
    expect(mail.html).toContain(`href="https://app.scr.example/dataroom/${document.projectId}/documents/${document.id}/redaction"`);
    expect(mail.text).toContain("3 items of personal data found");
    expect((await db.notification.findUniqueOrThrow({ where: { id } })).emailedAt).not.toBeNull();
    expect(await mailTo(admin.user.email)).toEqual([]);
  });

  it("releases the claim when the server refuses, so the job's retry sends it", async () => {
    const admin = await createTenant({ role: "admin" });
    const job = await reviewJob(admin, { createdBy: admin.user.id });
    const [id] = await notifyRedactionReady(admin.org.id, job.id);
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:1");
    await expect(sendNotificationEmail(admin.org.id, id!)).rejects.toThrow();
    expect((await db.notification.findUniqueOrThrow({ where: { id } })).emailedAt).toBeNull();
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
    expect(await sendNotificationEmail(admin.org.id, id!)).toBe("sent");
  });
});

describe("other events", () => {
  it("a completed Signal Score tells whoever ran it its score; a failed one warns them", async () => {
    const actor = await createTenant({ role: "analyst" });
    const project = await createTenantProject(actor);
    const done = await createSignalScore(db, { orgId: actor.org.id, projectId: project.id, overallScore: "72.60", triggeredBy: actor.user.id });
    const failed = await createSignalScore(db, { orgId: actor.org.id, projectId: project.id, status: "FAILED", triggeredBy: actor.user.id });
    await notifySignalScoreCompleted(actor.org.id, done.id);
    await notifySignalScoreCompleted(actor.org.id, failed.id);
    expect((await inbox(actor.user.id)).map((n) => [n.kind, n.title, n.message, n.link])).toEqual([
      ["info", `Signal Score ready: ${project.name}`, `Version 1 of the Signal Score for ${project.name} is 73 out of 100.`, `/projects/${project.id}/signal-score`],
      [
        "warning",
        `Signal Score failed: ${project.name}`,
        `Version 2 of the Signal Score for ${project.name} did not finish. Open the score page to see why and try again.`,
        `/projects/${project.id}/signal-score`,
      ],
    ]);
  });

  it("a document shared with a platform user's address reaches that user (in their own org) with the very link; an outside address reaches nobody", async () => {
    const { actor, documentId } = await uploadedPdf();
    const investor = await createTenant({ type: "INVESTOR", role: "viewer" });
    signIn(actor);
    const shared = await createShareLinkAction({ documentId, recipientEmail: investor.user.email.toUpperCase(), expiresIn: "3d" });
    const outside = await createShareLinkAction({ documentId, recipientEmail: "lender@bank.example", expiresIn: "1h" });
    expect(shared.data && outside.data).toBeTruthy();
    await drainJobs();

    const [notification, ...others] = await inbox(investor.user.id);
    expect(others).toEqual([]);
    expect(notification).toMatchObject({ orgId: investor.org.id, kind: "mention", link: shared.data!.path, title: `${actor.user.fullName} shared escrow.pdf with you` });
    expect((await mailTo(investor.user.email)).map((m) => m.subject)).toEqual([`${actor.user.fullName} shared escrow.pdf with you`]);
    expect(await db.notification.count({ where: { sourceKey: { startsWith: "document.shared:" }, orgId: actor.org.id } })).toBe(0);
    expect(await db.outboxEvent.count({ where: { orgId: actor.org.id, name: "document.shared" } })).toBe(2);
  }, 60_000);
});

describe("the inbox is the user's own", () => {
  async function threeInboxes() {
    const me = await createTenant({ role: "viewer" });
    const colleague = await createUser(db, { orgId: me.org.id, role: "admin" });
    const other = await createTenant({ role: "admin" });
    const mine = await Promise.all([1, 2, 3].map((i) => createNotification(db, { orgId: me.org.id, userId: me.user.id, title: `Mine ${i}`, link: `/projects?i=${i}` })));
    const theirs = await createNotification(db, { orgId: me.org.id, userId: colleague.id });
    const foreign = await createNotification(db, { orgId: other.org.id, userId: other.user.id });
    return { me, colleague, other, mine, theirs, foreign };
  }

  it("marks one read and answers where it points; a colleague's or another org's id is a 404 and stays unread", async () => {
    const { me, mine, theirs, foreign } = await threeInboxes();
    signIn(me);
    const result = await markNotificationReadAction({ notificationId: mine[0]!.id });
    expect(result.data).toEqual({ id: mine[0]!.id, link: "/projects?i=1" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine[0]!.id } })).readAt).not.toBeNull();
    for (const target of [theirs, foreign]) {
      const refused = await markNotificationReadAction({ notificationId: target.id });
      expect(refused.serverError).toMatchObject({ code: "NOT_FOUND" });
      expect((await db.notification.findUniqueOrThrow({ where: { id: target.id } })).readAt).toBeNull();
    }
  });

  it("marks all of mine read and nobody else's; the bell's route counts only mine", async () => {
    const { me, colleague, mine, theirs, foreign } = await threeInboxes();
    signIn(me);
    const before = (await (await callRoute(summaryRoute, "/api/notifications")).json()) as { unread: number; latest: { id: string }[] };
    expect(before.unread).toBe(3);
    expect(before.latest.map((n) => n.id).sort()).toEqual(mine.map((n) => n.id).sort());

    expect((await markAllNotificationsReadAction()).data).toEqual({ marked: 3 });
    expect(await db.notification.count({ where: { userId: me.user.id, readAt: null } })).toBe(0);
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect((await db.notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();
    expect(((await (await callRoute(summaryRoute, "/api/notifications")).json()) as { unread: number }).unread).toBe(0);

    signIn(null);
    expect((await callRoute(summaryRoute, "/api/notifications")).status).toBe(401);
    signIn({ ...me, user: { ...me.user, id: colleague.id } });
    expect(((await (await callRoute(summaryRoute, "/api/notifications")).json()) as { unread: number }).unread).toBe(1);
  });

  it("stores settings under users.preferences.notifications, keeping the other keys, audited; malformed settings are refused", async () => {
    const me = await createTenant({ role: "viewer" });
    await setPreferences(me, { info: true, warning: false }, true);
    const { preferences } = await db.user.findUniqueOrThrow({ where: { id: me.user.id } });
    expect(preferences).toEqual({ digest: "weekly", notifications: { email: { ...DEFAULT_EMAIL_KINDS, info: true, warning: false }, weeklyDigest: true } });
    expect(await db.auditLog.count({ where: { orgId: me.org.id, userId: me.user.id, action: "user.notification_preferences_changed" } })).toBe(1);

    signIn(me);
    const bad = await updateNotificationPreferencesAction({ email: { info: "yes" }, weeklyDigest: true } as never);
    expect(bad.validationErrors).toBeDefined();
    expect((await db.user.findUniqueOrThrow({ where: { id: me.user.id } })).preferences).toEqual(preferences);
  });
});

describe("weekly digest", () => {
  it("mails each user who opted in their unread notifications of the last week, and nobody else", async () => {
    const now = new Date();
    const since = new Date(now.getTime() - DIGEST_WINDOW_MS);
    const keen = await createTenant({ role: "viewer" });
    const quiet = await createTenant({ role: "viewer" });
    const caughtUp = await createTenant({ role: "viewer" });
    await setPreferences(keen, {}, true);
    await setPreferences(caughtUp, {}, true);
    await createNotification(db, { orgId: keen.org.id, userId: keen.user.id, title: "Redaction ready for review: lease.pdf", link: "/dataroom/x" });
    await createNotification(db, { orgId: keen.org.id, userId: keen.user.id, title: "Long ago", createdAt: new Date(since.getTime() - 60_000) });
    await createNotification(db, { orgId: keen.org.id, userId: keen.user.id, title: "Already read", readAt: now });
    await createNotification(db, { orgId: quiet.org.id, userId: quiet.user.id, title: "Not opted in" });
    await createNotification(db, { orgId: caughtUp.org.id, userId: caughtUp.user.id, title: "Read", readAt: now });

    const recipients = await unsafeListDigestRecipients(since, { orgIds: [keen.org.id, quiet.org.id, caughtUp.org.id] });
    expect(recipients).toEqual([keen.user.id]);
    expect(await sendWeeklyDigest(keen.user.id, since)).toBe("sent");
    expect(await sendWeeklyDigest(caughtUp.user.id, since)).toBe("nothing-unread");

    const [digest, ...more] = await mailTo(keen.user.email);
    expect(more).toEqual([]);
    expect(digest!.subject).toBe("Your week on SCR Platform: 1 unread notification");
    expect(digest!.text).toContain("Redaction ready for review: lease.pdf");
    expect(digest!.text).not.toContain("Long ago");
    expect(digest!.text).not.toContain("Already read");
    expect(digest!.html).toContain('href="http://localhost:3000/notifications"');
    expect(await mailTo(caughtUp.user.email)).toEqual([]);
    expect(await mailTo(quiet.user.email)).toEqual([]);
  });
});
