/**
 * A 200 MB upload through the real production server (PUT /api/dataroom/upload, proxy included),
 * timed end to end while the server's resident memory is sampled every 50 ms.
 * Goal (issue 5): the upload streams, so the server's peak RSS stays under 150 MB above idle.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import { createDbClient } from "../lib/db/create-db-client";
import { applyMigrations } from "../lib/db/migrations";
import { createOrg, createProject, createUser } from "../prisma/factories";
import type { benchBackends } from "./databases";
import { sampleRss, treeRssBytes } from "./process-rss";
import { benchSession } from "./bench-session";
import { missingBuildNotice, startBenchServer } from "./start-bench-server";

const MB = 1024 * 1024;
export const UPLOAD_BYTES = 200 * MB;
export const BUDGET_ABOVE_IDLE_MB = 150;

export type UploadBenchResult =
  | { kind: "skipped"; reason: string }
  | { kind: "measured"; backend: string; status: number; error?: string; seconds: number; mbPerSecond: number; idleMb: number; peakMb: number; aboveIdleMb: number };

/** A PDF signature (what the route's content check needs) and then comment padding, 1 MB a chunk. */
function* pdfLikeChunks(total: number): Generator<Buffer> {
  const padding = Buffer.alloc(MB, "% padding line for the upload benchmark ...............................\n");
  const head = Buffer.from(`%PDF-1.7\n%${randomBytes(8).toString("hex")}\n`);
  yield Buffer.concat([head, padding.subarray(0, MB - head.length)]);
  for (let sent = MB; sent < total; sent += MB) yield padding.subarray(0, Math.min(MB, total - sent));
}

function put(url: string, cookie: string, total: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: "PUT", headers: { cookie, origin: new URL(url).origin, "content-type": "application/pdf", "content-length": String(total) } },
      (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (part: string) => (body += part));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    (async () => {
      for (const chunk of pdfLikeChunks(total)) {
        if (!request.write(chunk)) await new Promise((drained) => request.once("drain", drained));
      }
      request.end();
    })().catch(reject);
  });
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runDataroomUploadBench(opener: ReturnType<typeof benchBackends>[number]): Promise<UploadBenchResult> {
  const missing = missingBuildNotice();
  if (missing) return { kind: "skipped", reason: missing };

  const database = await opener.open();
  try {
    return await measureUpload(database.url, opener.backend);
  } finally {
    await database.stop();
  }
}

async function measureUpload(databaseUrl: string, backend: string): Promise<UploadBenchResult> {
  await applyMigrations(databaseUrl);
  const db = createDbClient(databaseUrl);
  // Enterprise (2 GB files): the tier limit must not be what the benchmark runs into.
  const org = await createOrg(db, { name: "Bench Upload Ally", slug: "bench-upload-ally", type: "ALLY", subscriptionTier: "enterprise" });
  const user = await createUser(db, { orgId: org.id, role: "admin", email: "bench-uploader@bench.example" });
  const project = await createProject(db, { orgId: org.id, name: "Bench Upload Project", slug: "bench-upload-project" });
  const { secret, cookie } = await benchSession(db, user.id);
  await db.$disconnect();
  const server = await startBenchServer(databaseUrl, secret);
  try {
    const target = (name: string) => `${server.url}/api/dataroom/upload?${new URLSearchParams({ fileName: name, projectId: project.id })}`;
    // A small upload first, so loading the route's code is not counted as the big upload's memory.
    const warmup = await put(target("warm-up.pdf"), cookie, 2 * MB);
    if (warmup.status !== 201) throw new Error(`the warm-up upload failed: HTTP ${warmup.status} ${warmup.body.slice(0, 300)}`);
    await settle(3000);
    const idle = sampleRss(server.pid);
    await settle(1000);
    const idleBytes = idle.stop().mean;

    const during = sampleRss(server.pid);
    const started = performance.now();
    const response = await put(target("bench-200mb.pdf"), cookie, UPLOAD_BYTES);
    const seconds = (performance.now() - started) / 1000;
    const peakBytes = Math.max(during.stop().peak, treeRssBytes(server.pid));
    return {
      kind: "measured",
      backend,
      status: response.status,
      ...(response.status === 201 ? {} : { error: response.body.slice(0, 300) }),
      seconds,
      mbPerSecond: UPLOAD_BYTES / MB / seconds,
      idleMb: idleBytes / MB,
      peakMb: peakBytes / MB,
      aboveIdleMb: (peakBytes - idleBytes) / MB,
    };
  } finally {
    await server.stop();
  }
}
