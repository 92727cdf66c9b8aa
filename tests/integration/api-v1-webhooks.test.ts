import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import { type ApiErrorBody, callApi, issueApiKey, latestAudit } from "../support/api-v1";
import { createTenant } from "../support/test-db";
import { startWebhookReceiver } from "../support/webhook-receiver";

const { GET: listWebhooks, POST: createWebhook } = await import("@/app/api/v1/webhooks/route");
const { GET: getWebhook, PATCH: updateWebhook, DELETE: deleteWebhook } = await import("@/app/api/v1/webhooks/[webhookId]/route");
const { POST: rotateSecret } = await import("@/app/api/v1/webhooks/[webhookId]/rotate-secret/route");
const { POST: disableWebhook } = await import("@/app/api/v1/webhooks/[webhookId]/disable/route");
const { POST: enableWebhook } = await import("@/app/api/v1/webhooks/[webhookId]/enable/route");
const { POST: sendTest } = await import("@/app/api/v1/webhooks/[webhookId]/test/route");
const { GET: listDeliveries } = await import("@/app/api/v1/webhooks/[webhookId]/deliveries/route");
const { POST: redeliver } = await import("@/app/api/v1/webhooks/[webhookId]/deliveries/[deliveryId]/redeliver/route");

type WebhookBody = { id: string; url: string; events: string[]; description: string | null; isActive: boolean };
type Outcome = { deliveryId: string; status: string; responseStatusCode: number | null };

const receivers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close();
});

async function world() {
  const receiver = await startWebhookReceiver();
  receivers.push(receiver);
  const admin = await createTenant({ type: "ALLY" });
  const key = await issueApiKey(admin, ["webhooks:manage"]);
  const created = await callApi<{ data: WebhookBody; secret: string }>(createWebhook, "POST", {
    key,
    path: "/webhooks",
    json: { url: receiver.url, events: ["project.published", "document.uploaded"], description: "CRM" },
  });
  expect(created.status).toBe(201);
  return { admin, key, receiver, webhook: created.body.data, secret: created.body.secret };
}

describe("/api/v1/webhooks", () => {
  it("subscribes, reads, changes, tests, lists attempts, redelivers, rotates, pauses and deletes", async () => {
    const { admin, key, receiver, webhook, secret } = await world();
    expect(secret).toMatch(/^whsec_/);
    expect(webhook).toMatchObject({ url: receiver.url, events: ["document.uploaded", "project.published"], isActive: true });
    expect(JSON.stringify(webhook)).not.toContain(secret.slice(6));
    const params = { webhookId: webhook.id };
    expect(await latestAudit(admin.org.id, "webhook.created")).toMatchObject({ entityId: webhook.id, userId: null, actor: { kind: "api-key" } });

    const listed = await callApi<{ data: WebhookBody[] }>(listWebhooks, "GET", { key, path: "/webhooks" });
    expect(listed.body.data.map((w) => w.id)).toEqual([webhook.id]);
    const patched = await callApi<{ data: WebhookBody }>(updateWebhook, "PATCH", { key, path: `/webhooks/${webhook.id}`, params, json: { description: null } });
    expect(patched.body.data).toMatchObject({ description: null, url: receiver.url, events: webhook.events });

    const test = await callApi<{ data: Outcome }>(sendTest, "POST", { key, path: `/webhooks/${webhook.id}/test`, params });
    expect(test.body.data).toMatchObject({ status: "delivered", responseStatusCode: 200 });
    expect(new Webhook(secret).verify(receiver.received[0]!.body, receiver.received[0]!.headers)).toMatchObject({ type: "webhook.test" });

    const again = await callApi<{ data: Outcome }>(redeliver, "POST", {
      key,
      path: `/webhooks/${webhook.id}/deliveries/${test.body.data.deliveryId}/redeliver`,
      params: { ...params, deliveryId: test.body.data.deliveryId },
    });
    expect(again.body.data.status).toBe("delivered");
    const page = await callApi<{ data: { id: string; attempt: number }[]; nextCursor: string | null }>(listDeliveries, "GET", {
      key,
      path: `/webhooks/${webhook.id}/deliveries?limit=1`,
      params,
    });
    expect(page.body.data).toHaveLength(1);
    expect(page.body.data[0]!.id).toBe(again.body.data.deliveryId);
    const rest = await callApi<{ data: { id: string }[]; nextCursor: string | null }>(listDeliveries, "GET", {
      key,
      path: `/webhooks/${webhook.id}/deliveries?limit=1&cursor=${page.body.nextCursor}`,
      params,
    });
    expect(rest.body).toMatchObject({ data: [{ id: test.body.data.deliveryId }], nextCursor: null });

    const rotated = await callApi<{ secret: string }>(rotateSecret, "POST", { key, path: `/webhooks/${webhook.id}/rotate-secret`, params });
    expect(rotated.body.secret).not.toBe(secret);
    expect((await callApi<{ data: WebhookBody }>(disableWebhook, "POST", { key, path: `/webhooks/${webhook.id}/disable`, params })).body.data.isActive).toBe(false);
    const refused = await callApi<ApiErrorBody>(sendTest, "POST", { key, path: `/webhooks/${webhook.id}/test`, params });
    expect(refused.status).toBe(409);
    expect((await callApi<{ data: WebhookBody }>(enableWebhook, "POST", { key, path: `/webhooks/${webhook.id}/enable`, params })).body.data.isActive).toBe(true);

    expect((await callApi(deleteWebhook, "DELETE", { key, path: `/webhooks/${webhook.id}`, params })).status).toBe(200);
    expect((await callApi(getWebhook, "GET", { key, path: `/webhooks/${webhook.id}`, params })).status).toBe(404);
  });

  it("answers 422 naming the field for a bad URL or an unknown event", async () => {
    const { key } = await world();
    const bad = await callApi<ApiErrorBody>(createWebhook, "POST", { key, path: "/webhooks", json: { url: "https://169.254.169.254/x", events: ["project.published"] } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details).toMatchObject({ fieldErrors: { url: [expect.stringMatching(/linkLocal/)] } });
    const unknown = await callApi<ApiErrorBody>(createWebhook, "POST", { key, path: "/webhooks", json: { url: "https://example.com/h", events: ["project.exploded"] } });
    expect(unknown.status).toBe(422);
    expect(Object.keys(unknown.body.error.details?.fieldErrors as object)).toEqual(["events.0"]);
  });

  it("needs webhooks:manage, and another org's webhook or delivery is a 404", async () => {
    const { admin, webhook } = await world();
    const readOnly = await issueApiKey(admin, ["projects:read"]);
    const missing = await callApi<ApiErrorBody>(listWebhooks, "GET", { key: readOnly, path: "/webhooks" });
    expect(missing.status).toBe(403);
    expect(missing.body.error.details).toMatchObject({ missingScope: "webhooks:manage" });

    const stranger = await createTenant({ type: "INVESTOR" });
    const theirs = await issueApiKey(stranger, ["webhooks:manage"]);
    const params = { webhookId: webhook.id };
    for (const [handler, method] of [
      [getWebhook, "GET"],
      [deleteWebhook, "DELETE"],
      [sendTest, "POST"],
      [listDeliveries, "GET"],
    ] as const) {
      expect((await callApi(handler, method, { key: theirs, path: `/webhooks/${webhook.id}`, params })).status).toBe(404);
    }
    expect((await callApi(listWebhooks, "GET", { key: theirs, path: "/webhooks" })).body).toEqual({ data: [] });
  });
});
