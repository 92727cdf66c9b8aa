import { randomBytes } from "node:crypto";
import { fernetEncrypt } from "../../lib/crypto/fernet";
import type { Prisma } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";
import { matchId } from "./seed-matching";
import { holdingId, portfolioId } from "./seed-portfolio";

const subscriptionId = demoId("northwind/webhook/ops-hooks");

type Attempt = { status: "delivered" | "failed" | "retrying"; code: number | null; body: string | null; error?: string; after: number };
type Message = { key: string; event: string; at: Date; data: Record<string, Prisma.InputJsonValue>; attempts: Attempt[] };

const ok = (after = 0.4, code = 200): Attempt => ({ status: "delivered", code, body: code === 204 ? null : '{"received":true}', after });
const serverError = (after: number): Attempt => ({
  status: "failed",
  code: 502,
  body: "<html><body><h1>502 Bad Gateway</h1></body></html>",
  error: "The endpoint answered 502.",
  after,
});

/**
 * Northwind's endpoint and its log, shaped as the engine writes it: one row per attempt, the
 * message id the same on every retry, payloads as the events carry them (ids, not records). The
 * breach took three attempts; the last message is waiting for its retry, so the failure count is
 * the two attempts since the last success. The secret is random: nobody holds it, so the demo
 * endpoint only shows the log (rotate it to get one).
 */
export async function seedWebhooks(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users, projects } = ctx;
  const orgId = orgs.northwind;
  await db.webhookSubscription.createMany({
    skipDuplicates: true,
    data: [
      {
        id: subscriptionId,
        orgId,
        createdBy: users.james,
        url: "https://hooks.northwind-capital.example/scr/events",
        secret: fernetEncrypt(`whsec_${randomBytes(24).toString("base64")}`),
        events: ["match.status_changed", "holding.added", "cash_flow.recorded", "covenant.breached", "covenant.warning"],
        isActive: true,
        failureCount: 2,
        description: "Portfolio and deal-flow events into the IC tracker",
        createdAt: daysAgo(70, 9),
        updatedAt: daysAgo(1, 11),
      },
    ],
  });

  // James rotated the secret the day before the story's today; the old one signed beside it for a day.
  await db.webhookPreviousSecret.createMany({
    skipDuplicates: true,
    data: [{ subscriptionId, secret: fernetEncrypt(`whsec_${randomBytes(24).toString("base64")}`), expiresAt: daysAgo(0, 11), createdAt: daysAgo(1, 11) }],
  });

  const collections = demoId("northwind/covenant/kisumu-collections");
  const lastCall = await db.portfolioCashFlow.findFirstOrThrow({
    where: { holdingId: holdingId("mtElgon"), kind: "capital_call" },
    orderBy: { flowDate: "desc" },
    select: { id: true },
  });
  const messages: Message[] = [
    {
      key: "match-connected",
      event: "match.status_changed",
      at: daysAgo(53, 15),
      data: { orgId, matchId: matchId("turkana"), from: "INTERESTED", to: "CONNECTED" },
      attempts: [ok()],
    },
    {
      key: "collections-breach",
      event: "covenant.breached",
      at: daysAgo(19, 5.5),
      data: {
        orgId,
        covenantId: collections,
        holdingId: holdingId("kisumu"),
        portfolioId,
        metricName: "lease_collection_rate_pct",
        operator: ">=",
        threshold: "92.0000",
        value: "89.5000",
        checkedAt: daysAgo(19, 5.5).toISOString(),
      },
      attempts: [serverError(0), serverError(0.6), ok(1.6)],
    },
    {
      key: "elgon-holding",
      event: "holding.added",
      at: daysAgo(9, 14),
      data: { orgId, portfolioId, holdingId: holdingId("mtElgon"), projectId: projects.mtElgon.id },
      attempts: [ok(0.3, 204)],
    },
    {
      key: "elgon-call",
      event: "cash_flow.recorded",
      at: daysAgo(1, 10.5),
      data: { orgId, portfolioId, holdingId: holdingId("mtElgon"), flowId: lastCall.id, kind: "capital_call", removed: false },
      attempts: [
        { status: "failed", code: null, body: null, error: "connect ETIMEDOUT 203.0.113.40:443", after: 0 },
        { status: "retrying", code: null, body: null, error: "connect ETIMEDOUT 203.0.113.40:443", after: 0.5 },
      ],
    },
  ];

  await db.webhookDelivery.createMany({
    skipDuplicates: true,
    data: messages.flatMap((message) =>
      message.attempts.map((attempt, index) => {
        const at = new Date(message.at.getTime() + attempt.after * 60_000);
        return {
          id: demoId(`northwind/webhook/ops-hooks/delivery/${message.key}/${index + 1}`),
          subscriptionId,
          orgId,
          eventType: message.event,
          payload: {
            id: `msg_${demoId(`northwind/webhook/message/${message.key}`).replace(/-/g, "")}`,
            type: message.event,
            timestamp: message.at.toISOString(),
            data: message.data,
          },
          status: attempt.status,
          responseStatusCode: attempt.code,
          responseBody: attempt.body,
          attempts: index + 1,
          errorMessage: attempt.error ?? null,
          nextRetryAt: attempt.status === "retrying" ? new Date(at.getTime() + 60_000) : null,
          deliveredAt: attempt.status === "delivered" ? at : null,
          createdAt: at,
        };
      }),
    ),
  });
}
