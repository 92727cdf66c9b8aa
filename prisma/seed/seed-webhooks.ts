import { randomBytes } from "node:crypto";
import type { Prisma } from "../../lib/db/generated/client";
import { fernetEncrypt } from "../../lib/crypto/fernet";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { daysAgo, daysFromNow, demoId } from "./demo-ids";
import { matchId } from "./seed-matching";
import { holdingId } from "./seed-portfolio";

const subscriptionId = demoId("northwind/webhook/ops-hooks");

/** Northwind's webhook endpoint and recent deliveries: delivered, failed for good, and one waiting to retry. */
export async function seedWebhooks(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users, projects } = ctx;
  await db.webhookSubscription.createMany({
    skipDuplicates: true,
    data: [
      {
        id: subscriptionId,
        orgId: orgs.northwind,
        createdBy: users.james,
        url: "https://hooks.northwind-capital.example/scr/events",
        // The signing secret is needed in clear to sign deliveries, so it is kept encrypted, not hashed.
        secret: fernetEncrypt(`whsec_${randomBytes(24).toString("base64url")}`),
        events: ["match.status_changed", "qa.answer.submitted", "covenant.breached", "deal_room.document_shared"],
        isActive: true,
        failureCount: 2,
        description: "Deal-flow events into the IC tracker",
        createdAt: daysAgo(70, 9),
        updatedAt: daysAgo(1, 11),
      },
    ],
  });

  type Delivery = {
    key: string;
    event: string;
    at: Date;
    data: Prisma.InputJsonValue;
    status: string;
    code: number | null;
    body: string | null;
    attempts: number;
    deliveredAt?: Date;
    nextRetryAt?: Date;
    error?: string;
  };
  const deliveries: Delivery[] = [
    {
      key: "match-connected",
      event: "match.status_changed",
      at: daysAgo(53, 15),
      data: { matchId: matchId("turkana"), projectId: projects.turkana.id, status: "CONNECTED" },
      status: "delivered",
      code: 200,
      body: '{"ok":true}',
      attempts: 1,
      deliveredAt: daysAgo(53, 15),
    },
    {
      key: "collections-breach",
      event: "covenant.breached",
      at: daysAgo(19, 6),
      data: { holdingId: holdingId("kisumu"), covenant: "Lease collection rate >= 92%", currentValue: "89.5000" },
      status: "failed",
      code: 500,
      body: "<html><body><h1>500 Internal Server Error</h1></body></html>",
      attempts: 5,
      error: "HTTP 500 after 5 attempts; giving up",
    },
    {
      key: "debt-sizing-answered",
      event: "qa.answer.submitted",
      at: daysAgo(9, 16.4),
      data: { projectId: projects.turkana.id, question: "debt sizing", slaBreached: false },
      status: "delivered",
      code: 200,
      body: '{"ok":true}',
      attempts: 2,
      deliveredAt: daysAgo(9, 16.5),
    },
    {
      key: "curtailment-answered",
      event: "qa.answer.submitted",
      at: daysAgo(7, 11.5),
      data: { projectId: projects.turkana.id, question: "curtailment", slaBreached: true },
      status: "delivered",
      code: 204,
      body: null,
      attempts: 1,
      deliveredAt: daysAgo(7, 11.5),
    },
    {
      key: "insurance-letter-shared",
      event: "deal_room.document_shared",
      at: daysAgo(1, 10.5),
      data: { projectId: projects.turkana.id, documentName: "Construction All Risks - Broker Indication.pdf" },
      status: "retrying",
      code: null,
      body: null,
      attempts: 2,
      nextRetryAt: daysFromNow(0, 12.5),
      error: "connect ETIMEDOUT 203.0.113.40:443",
    },
  ];
  await db.webhookDelivery.createMany({
    skipDuplicates: true,
    data: deliveries.map((d) => {
      const id = demoId(`northwind/webhook/ops-hooks/delivery/${d.key}`);
      return {
        id,
        subscriptionId,
        orgId: orgs.northwind,
        eventType: d.event,
        payload: { id, type: d.event, createdAt: d.at.toISOString(), data: d.data },
        status: d.status,
        responseStatusCode: d.code,
        responseBody: d.body,
        attempts: d.attempts,
        nextRetryAt: d.nextRetryAt ?? null,
        deliveredAt: d.deliveredAt ?? null,
        errorMessage: d.error ?? null,
        createdAt: d.at,
      };
    }),
  });
}
