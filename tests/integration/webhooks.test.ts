import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import { openDealRoom } from "@/lib/deal-rooms/open-deal-room";
import { openDealRoomSchema } from "@/lib/deal-rooms/schemas";
import { createPortfolio } from "@/lib/portfolios/create-portfolio";
import { askQuestion } from "@/lib/qa/ask-question";
import { askQuestionSchema } from "@/lib/qa/schemas";
import { submitFinalAnswer } from "@/lib/qa/submit-final-answer";
import { createPortfolioSchema } from "@/lib/portfolios/schemas";
import { unsafeAttemptWebhookDelivery } from "@/lib/webhooks/attempt-webhook-delivery";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";
import { unsafeRetryDueWebhookDeliveries } from "@/lib/webhooks/retry-due-webhook-deliveries";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { createWebhookSchema } from "@/lib/webhooks/schemas";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { setWebhookActive } from "@/lib/webhooks/set-webhook-active";
import { updateWebhook } from "@/lib/webhooks/update-webhook";
import { drainJobs } from "../support/job-worker";
import { createMatch } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { startWebhookReceiver } from "../support/webhook-receiver";

const receivers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close();
});

async function world(respond?: (n: number) => number, events = ["portfolio.created"]) {
  const receiver = await startWebhookReceiver(respond);
  receivers.push(receiver);
  const admin = await createTenant({ type: "INVESTOR", role: "admin" });
  const created = await createWebhook(admin, createWebhookSchema.parse({ url: receiver.url, events, description: "ERP" }));
  return { receiver, admin, ...created, subscriptionId: created.webhook.id };
}

const newPortfolio = (actor: Awaited<ReturnType<typeof createTenant>>, name = "Fund W") => createPortfolio(actor, createPortfolioSchema.parse({ name, currency: "USD" }));

describe("webhook subscriptions", () => {
  it("shows the secret once, keeps it encrypted, and audits the subscription", async () => {
    const { admin, secret, subscriptionId } = await world();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const row = await db.webhookSubscription.findUniqueOrThrow({ where: { id: subscriptionId } });
    expect(row.secret).not.toContain(secret.slice(6));
    expect(row.events).toEqual(["portfolio.created"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: admin.org.id, action: "webhook.created" } });
    expect(audit.entityId).toBe(subscriptionId);
  });

  it("refuses unknown events, plain http outside loopback, credentials and literal private addresses", async () => {
    expect(createWebhookSchema.safeParse({ url: "https://example.com/h", events: ["project.deleted_forever"] }).success).toBe(false);
    expect(createWebhookSchema.safeParse({ url: "not a url", events: ["portfolio.created"] }).success).toBe(false);
    const admin = await createTenant({ type: "INVESTOR" });
    const create = (url: string) => createWebhook(admin, createWebhookSchema.parse({ url, events: ["portfolio.created"] }));
    await expect(create("https://user:pw@example.com/h")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { url: [expect.stringMatching(/credentials/)] } });
    await expect(create("https://10.0.0.1/h")).rejects.toMatchObject({ fieldErrors: { url: [expect.stringMatching(/private/)] } });
    await expect(create("https://169.254.169.254/latest")).rejects.toMatchObject({ fieldErrors: { url: [expect.stringMatching(/linkLocal/)] } });
    await expect(create("https://2130706433/h")).resolves.toBeTruthy(); // 127.0.0.1 in decimal: loopback is allowed in tests only
  });

  it("another org's webhook is a 404 for every change", async () => {
    const { subscriptionId } = await world();
    const other = await createTenant({ type: "INVESTOR" });
    const input = { subscriptionId };
    await expect(updateWebhook(other, { ...input, url: "https://example.com/x", events: ["portfolio.created"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteWebhook(other, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rotateWebhookSecret(other, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setWebhookActive(other, { ...input, active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(sendTestWebhook(other, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const delivery = await db.webhookDelivery.create({
      data: { subscriptionId, orgId: (await db.webhookSubscription.findUniqueOrThrow({ where: { id: subscriptionId } })).orgId, eventType: "webhook.test" },
    });
    await expect(redeliverWebhook(other, { deliveryId: delivery.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("webhook deliveries", () => {
  it("delivers a subscribed event, signed so an independent Standard Webhooks implementation verifies it", async () => {
    const { admin, receiver, secret, subscriptionId } = await world();
    const portfolio = await newPortfolio(admin);
    await drainJobs();
    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    const verified = new Webhook(secret).verify(message!.body, message!.headers) as { type: string; data: { portfolioId: string } };
    expect(verified.type).toBe("portfolio.created");
    expect(verified.data.portfolioId).toBe(portfolio.id);
    expect(() => new Webhook(`whsec_${Buffer.alloc(24, 1).toString("base64")}`).verify(message!.body, message!.headers)).toThrow();
    const row = await db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId } });
    expect(row).toMatchObject({ status: "delivered", responseStatusCode: 200, responseBody: "ok", attempts: 1, eventType: "portfolio.created" });
  });

  it("queues no delivery run for an org without webhooks", async () => {
    const stranger = await createTenant({ type: "INVESTOR" });
    await newPortfolio(stranger);
    await drainJobs();
    expect(await db.jobRun.count({ where: { orgId: stranger.org.id, jobId: "deliver-webhooks" } })).toBe(0);
    expect(await db.outboxEvent.count({ where: { orgId: stranger.org.id, name: "portfolio.created", dispatchedAt: { not: null } } })).toBe(1);
  });

  it("reaches the orgs an event's catalogue entry names as its audience: the investor a room was opened for, not a bystander", async () => {
    const { admin: investor, receiver, secret, subscriptionId } = await world(undefined, ["deal_room.opened"]);
    const bystander = await world(undefined, ["deal_room.opened"]);
    // The developer that acts has no webhook of its own: the event still queues a run for its audience.
    const ally = await createTenant({ type: "ALLY" });
    const project = await createTenantProject(ally, { name: "Garissa Solar", isPublished: true });
    await createMatch(db, { investorOrgId: investor.org.id, projectId: project.id, status: "CONNECTED" });
    const room = await openDealRoom(
      ally,
      openDealRoomSchema.parse({ projectId: project.id, investorOrgId: investor.org.id, name: "Equity raise", ndaText: "Mutual NDA.", accessLevel: "viewer" }),
    );
    await drainJobs();
    expect(receiver.received).toHaveLength(1);
    const verified = new Webhook(secret).verify(receiver.received[0]!.body, receiver.received[0]!.headers) as { type: string; data: Record<string, unknown> };
    expect(verified).toMatchObject({
      type: "deal_room.opened",
      data: { orgId: ally.org.id, dealRoomId: room.id, projectId: project.id, investorOrgId: investor.org.id },
    });
    expect(Object.keys(verified.data).sort()).toEqual(["dealRoomId", "investorOrgId", "orgId", "projectId"]);
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId } })).toMatchObject({ orgId: investor.org.id, status: "delivered" });
    expect(bystander.receiver.received).toHaveLength(0);
    expect(await db.webhookDelivery.count({ where: { orgId: ally.org.id } })).toBe(0);
  });

  it("tells the asking investor of the developer's final answer, and no other investor who asked on the same project", async () => {
    const { admin: asker, receiver } = await world(undefined, ["qa.question_answered"]);
    const other = await world(undefined, ["qa.question_answered"]);
    const ally = await createTenant({ type: "ALLY" });
    const project = await createTenantProject(ally, { name: "Garissa Solar", isPublished: true });
    const ask = (investor: typeof asker) =>
      askQuestion(investor, askQuestionSchema.parse({ projectId: project.id, question: "When is the grid connection?", category: "technical", priority: "normal" }));
    const question = await ask(asker);
    await ask(other.admin);
    const answer = await submitFinalAnswer(ally, { questionId: question.id, content: "Q3 2027.", linkedDocumentIds: [] });
    await drainJobs();
    expect(receiver.received.map((m) => JSON.parse(m.body).data)).toEqual([
      { orgId: ally.org.id, questionId: question.id, projectId: project.id, askerOrgId: asker.org.id, answerId: answer.id, slaBreached: false },
    ]);
    expect(other.receiver.received).toHaveLength(0);
  });

  it("sends nothing for events the subscription did not choose, nor another org's events", async () => {
    const { receiver } = await world(undefined, ["holding.added"]);
    const stranger = await createTenant({ type: "INVESTOR" });
    await newPortfolio(stranger);
    await drainJobs();
    expect(receiver.received).toHaveLength(0);
  });

  it("signs with both secrets while a rotation overlaps, so either verifies", async () => {
    const { admin, receiver, secret, subscriptionId } = await world();
    const rotated = await rotateWebhookSecret(admin, { subscriptionId });
    await sendTestWebhook(admin, { subscriptionId });
    const [message] = receiver.received;
    expect(message!.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(new Webhook(secret).verify(message!.body, message!.headers)).toMatchObject({ type: "webhook.test" });
    expect(new Webhook(rotated.secret).verify(message!.body, message!.headers)).toMatchObject({ type: "webhook.test" });
  });

  it("retries a failed attempt as a new row after its backoff, and a success resets the failure count", async () => {
    const { admin, receiver, subscriptionId } = await world((n) => (n === 1 ? 503 : 200));
    await newPortfolio(admin);
    await drainJobs();
    const first = await db.webhookDelivery.findFirstOrThrow({ where: { subscriptionId } });
    expect(first).toMatchObject({ status: "retrying", responseStatusCode: 503, responseBody: "failing with 503", attempts: 1 });
    const delayMs = first.nextRetryAt!.getTime() - first.createdAt.getTime();
    expect(delayMs).toBeGreaterThan(20_000);
    expect(delayMs).toBeLessThan(40_000);
    expect((await db.webhookSubscription.findUniqueOrThrow({ where: { id: subscriptionId } })).failureCount).toBe(1);

    const orgIds = [admin.org.id];
    expect(await unsafeRetryDueWebhookDeliveries({ orgIds, now: () => new Date(first.nextRetryAt!.getTime() - 1000) })).toEqual([]);
    const [outcome] = await unsafeRetryDueWebhookDeliveries({ orgIds, now: () => new Date(first.nextRetryAt!.getTime() + 1) });
    expect(outcome).toMatchObject({ status: "delivered", responseStatusCode: 200 });
    const rows = await db.webhookDelivery.findMany({ where: { subscriptionId }, orderBy: { attempts: "asc" } });
    expect(rows.map((r) => [r.attempts, r.status])).toEqual([
      [1, "failed"],
      [2, "delivered"],
    ]);
    expect(receiver.received[0]!.headers["webhook-id"]).toBe(receiver.received[1]!.headers["webhook-id"]);
    expect((await db.webhookSubscription.findUniqueOrThrow({ where: { id: subscriptionId } })).failureCount).toBe(0);
  });

  it("disables the subscription after ten failures in a row, tells the admins, and sends nothing more", async () => {
    const { admin, receiver, subscriptionId } = await world(() => 500);
    for (let i = 0; i < 10; i++) await sendTestWebhook(admin, { subscriptionId });
    const subscription = await db.webhookSubscription.findUniqueOrThrow({ where: { id: subscriptionId } });
    expect(subscription).toMatchObject({ isActive: false, failureCount: 10 });
    expect(subscription.disabledReason).toMatch(/10 failed deliveries in a row.*500/);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: admin.user.id, title: { startsWith: "Webhook disabled" } } });
    expect(notice.link).toBe(`/settings/webhooks/${subscriptionId}`);
    await expect(sendTestWebhook(admin, { subscriptionId })).rejects.toMatchObject({ code: "CONFLICT" });
    await newPortfolio(admin);
    await drainJobs();
    expect(receiver.received).toHaveLength(10);

    await setWebhookActive(admin, { subscriptionId, active: true });
    expect(await db.webhookSubscription.findUniqueOrThrow({ where: { id: subscriptionId } })).toMatchObject({ isActive: true, failureCount: 0, disabledReason: null });
  });

  it("redelivers a logged message as a new first attempt with the same message id", async () => {
    const { admin, receiver, subscriptionId } = await world();
    const test = await sendTestWebhook(admin, { subscriptionId });
    const again = await redeliverWebhook(admin, { deliveryId: test.deliveryId });
    expect(again).toMatchObject({ status: "delivered" });
    expect(again.deliveryId).not.toBe(test.deliveryId);
    expect(receiver.received[1]!.headers["webhook-id"]).toBe(receiver.received[0]!.headers["webhook-id"]);
    expect(await db.auditLog.count({ where: { orgId: admin.org.id, action: "webhook.redelivered" } })).toBe(1);
  });

  it("does not send an attempt twice", async () => {
    const { admin, receiver, subscriptionId } = await world();
    const test = await sendTestWebhook(admin, { subscriptionId });
    expect(await unsafeAttemptWebhookDelivery(test.deliveryId)).toMatchObject({ status: "skipped" });
    expect(receiver.received).toHaveLength(1);
  });
});
