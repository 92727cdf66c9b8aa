/**
 * 1,000 webhook deliveries drained to a loopback receiver (issue 17), the production path end to
 * end: 1,000 `project.updated` events committed to the outbox (emit() in transactions of 100, as
 * writes do) for an org with one subscription to them (made by createWebhook, URL
 * http://127.0.0.1:<port>/hooks/scr, allowed by WEBHOOK_ALLOW_LOOPBACK=true set in this process),
 * then the embedded job worker with the production settings (JOBS_* apply) running the real
 * deliver-webhooks job: fan-out, enqueue (unsafeEnqueueWebhookDeliveries), one signed POST per
 * delivery (unsafeAttemptWebhookDelivery), progress, settle. In flight: the job's per-org limit
 * (concurrencyPerOrg 4, so 4 deliveries at once for one org) within the worker's slots. The
 * receiver counts and answers 200; the bench asserts 1,000 distinct webhook-ids arrived, none
 * twice, all 1,000 rows `delivered` and all 1,000 runs COMPLETED.
 * Time is from the worker's start (everything already committed) to the last row's delivered_at.
 * Goal: at least 20 deliveries/s for the one org on each backend, i.e. a burst of 1,000 events
 * (a bulk import) reaches its endpoint within 50 s. One org's deliveries are capped at 4 in
 * flight by the job, and each is a job run of some twenty statements (claim, two recorded steps,
 * the enqueue's lookups, the attempt's read and its two-row transaction, progress, settle) and a
 * signed POST; measured at 25-40/s on a two-core machine busy with other work. A run that has
 * not finished when even half that rate would have is stopped and reported as it stands.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { deliverWebhooksJob } from "../inngest/functions/webhooks/deliver-webhooks";
import { toTenantContext } from "../lib/auth/to-tenant-context";
import { createDbClient, type DbClient } from "../lib/db/create-db-client";
import { emit } from "../lib/events/emit";
import { JobWorker } from "../lib/jobs/worker/job-worker";
import { readWorkerSettings } from "../lib/jobs/worker/read-worker-settings";
import { createOrg, createProject, createUser } from "../prisma/factories";
import type { BenchDatabase } from "./databases";

export const WEBHOOK_DELIVERIES = 1_000;
export const BUDGET_DELIVERIES_PER_SECOND = 20;
const PER_TRANSACTION = 100;
const DEADLINE_MS = (2 * WEBHOOK_DELIVERIES * 1000) / BUDGET_DELIVERIES_PER_SECOND;

export type WebhookDeliveriesResult = {
  backend: string;
  deliveries: number;
  slots: number;
  inFlight: number;
  commitSeconds: number;
  /** Worker start to the last delivered_at (or to the deadline when unfinished). */
  seconds: number;
  delivered: number;
  deliveriesPerSecond: number;
  received: number;
  /** Empty when every delivery arrived once and every row ended delivered. */
  problems: string[];
};

/** Counts what arrives, by webhook-id, and answers 200 at once. */
async function startCountingReceiver() {
  const arrivals = new Map<string, number>();
  let received = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      received += 1;
      const id = String(request.headers["webhook-id"]);
      arrivals.set(id, (arrivals.get(id) ?? 0) + 1);
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/scr`,
    arrivals,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function runWebhookDeliveriesBench(database: BenchDatabase): Promise<WebhookDeliveriesResult> {
  const { db } = database;
  const loopback = process.env.WEBHOOK_ALLOW_LOOPBACK;
  process.env.WEBHOOK_ALLOW_LOOPBACK = "true";
  const receiver = await startCountingReceiver();
  try {
    const { createWebhook } = await import("../lib/webhooks/create-webhook");
    const { createWebhookSchema } = await import("../lib/webhooks/schemas");
    const org = await createOrg(db, { name: "Bench Webhooks Org", slug: "bench-webhooks", type: "ALLY" });
    const user = await createUser(db, { orgId: org.id, role: "admin", email: "bench-webhooks@bench.example" });
    const project = await createProject(db, { orgId: org.id, name: "Bench Webhooks Project" });
    const actor = { ...toTenantContext(user, org), request: { ipAddress: "127.0.0.1", userAgent: "npm run bench" } };
    const { webhook } = await createWebhook(actor, createWebhookSchema.parse({ url: receiver.url, events: ["project.updated"], description: "npm run bench" }));

    const committedStart = performance.now();
    for (let sent = 0; sent < WEBHOOK_DELIVERIES; sent += PER_TRANSACTION) {
      await db.$transaction(
        async (tx) => {
          for (let i = sent; i < sent + PER_TRANSACTION; i += 1) await emit(tx, "project.updated", { orgId: org.id, projectId: project.id });
        },
        { maxWait: 60_000, timeout: 60_000 },
      );
    }
    const commitSeconds = (performance.now() - committedStart) / 1000;

    // A worker process has its own pool on PostgreSQL; on PGlite it shares the bench's one connection.
    const settings = readWorkerSettings(process.env);
    const client: DbClient = database.embedded ? db : createDbClient(database.url);
    const worker = new JobWorker({
      jobs: [deliverWebhooksJob],
      db: client,
      orgIds: [org.id],
      slots: settings.slots,
      pollMs: settings.pollMs,
      retryBaseMs: settings.retryBaseMs,
    });
    const started = Date.now();
    let finishedAt: number | null = null;
    worker.start();
    try {
      while (Date.now() - started < DEADLINE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (receiver.received() < WEBHOOK_DELIVERIES) continue;
        const pending = await db.webhookDelivery.count({ where: { subscriptionId: webhook.id, status: { not: "delivered" } } });
        const rows = await db.webhookDelivery.count({ where: { subscriptionId: webhook.id } });
        if (rows >= WEBHOOK_DELIVERIES && pending === 0) {
          finishedAt = Date.now();
          break;
        }
      }
    } finally {
      await worker.stop();
      if (!database.embedded) await client.$disconnect();
    }

    const last = await db.webhookDelivery.aggregate({ where: { subscriptionId: webhook.id, status: "delivered" }, _max: { deliveredAt: true }, _count: { _all: true } });
    const delivered = last._count._all;
    const endedAt = finishedAt !== null && last._max.deliveredAt ? last._max.deliveredAt.getTime() : Date.now();
    const seconds = (endedAt - started) / 1000;
    return {
      backend: database.backend,
      deliveries: WEBHOOK_DELIVERIES,
      slots: settings.slots,
      inFlight: Math.min(settings.slots, deliverWebhooksJob.concurrencyPerOrg ?? settings.slots),
      commitSeconds,
      seconds,
      delivered,
      deliveriesPerSecond: delivered / seconds,
      received: receiver.received(),
      problems: await findProblems(db, webhook.id, receiver.arrivals, finishedAt === null ? seconds : null),
    };
  } finally {
    await receiver.close();
    if (loopback === undefined) delete process.env.WEBHOOK_ALLOW_LOOPBACK;
    else process.env.WEBHOOK_ALLOW_LOOPBACK = loopback;
  }
}

async function findProblems(db: DbClient, subscriptionId: string, arrivals: Map<string, number>, lateAfterSeconds: number | null): Promise<string[]> {
  const problems: string[] = [];
  if (lateAfterSeconds !== null) problems.push(`unfinished after ${lateAfterSeconds.toFixed(0)} s`);
  const byStatus = await db.webhookDelivery.groupBy({ by: ["status"], where: { subscriptionId }, _count: { _all: true } });
  const rows = byStatus.reduce((sum, row) => sum + row._count._all, 0);
  const delivered = byStatus.find((row) => row.status === "delivered")?._count._all ?? 0;
  if (rows !== WEBHOOK_DELIVERIES || delivered !== WEBHOOK_DELIVERIES)
    problems.push(`${rows} delivery rows (${byStatus.map((row) => `${row._count._all} ${row.status}`).join(", ")}), not ${WEBHOOK_DELIVERIES} delivered`);
  if (arrivals.size !== WEBHOOK_DELIVERIES) problems.push(`${arrivals.size} distinct webhook-ids arrived, not ${WEBHOOK_DELIVERIES}`);
  const twice = [...arrivals.values()].filter((count) => count > 1).length;
  if (twice > 0) problems.push(`${twice} deliveries arrived more than once`);
  const runs = await db.jobRun.groupBy({
    by: ["status"],
    where: { jobId: deliverWebhooksJob.id, orgId: (await db.webhookSubscription.findUniqueOrThrow({ where: { id: subscriptionId } })).orgId },
    _count: { _all: true },
  });
  const completed = runs.find((run) => run.status === "COMPLETED")?._count._all ?? 0;
  if (completed !== WEBHOOK_DELIVERIES) problems.push(`${completed} deliver-webhooks runs COMPLETED, not ${WEBHOOK_DELIVERIES}`);
  return problems;
}

export function formatWebhookDeliveriesReport(rows: WebhookDeliveriesResult[]): string {
  const lines = [
    `webhook deliveries: ${WEBHOOK_DELIVERIES.toLocaleString("en")} project.updated events through the embedded worker's deliver-webhooks job to a loopback receiver`,
    `${"backend".padEnd(20)}${"in flight".padStart(10)}${"delivered".padStart(10)}${"commit s".padStart(10)}${"drain s".padStart(9)}${"deliv/s".padStart(9)}  budget`,
  ];
  for (const row of rows) {
    const verdict = row.deliveriesPerSecond >= BUDGET_DELIVERIES_PER_SECOND && row.problems.length === 0 ? "ok" : "MISSED";
    lines.push(
      `${row.backend.padEnd(20)}${`${row.inFlight} of ${row.slots}`.padStart(10)}${String(row.delivered).padStart(10)}${row.commitSeconds.toFixed(1).padStart(10)}${row.seconds.toFixed(1).padStart(9)}${row.deliveriesPerSecond.toFixed(1).padStart(9)}  >= ${BUDGET_DELIVERIES_PER_SECOND}/s, all delivered once: ${verdict}`,
    );
    for (const problem of row.problems) lines.push(`  ${problem}`);
  }
  return lines.join("\n");
}

export const webhookDeliveriesFailed = (rows: WebhookDeliveriesResult[]) =>
  rows.some((row) => row.deliveriesPerSecond < BUDGET_DELIVERIES_PER_SECOND || row.problems.length > 0);
