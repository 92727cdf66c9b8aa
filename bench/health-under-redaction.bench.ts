/**
 * /api/health while the worker chews on a 2000-page PDF (issue 11): `next start` and the worker
 * process side by side, as `npm start` runs them. The health route is called back to back first
 * at idle, then through the document's text extraction, the redaction's analysis and (the
 * analysis of 2000 pages takes seconds) the first minute of applying it; each request is filed
 * under the job the worker was running. Goal: p95 in every phase under twice the idle p95.
 */
import type { Actor } from "../lib/auth/actor";
import { toTenantContext } from "../lib/auth/to-tenant-context";
import { createDbClient, type DbClient } from "../lib/db/create-db-client";
import { applyMigrations } from "../lib/db/migrations";
import { createOrg, createProject, createUser } from "../prisma/factories";
import { superviseWorker } from "../scripts/lib/supervise-worker";
import type { benchBackends } from "./databases";
import { benchSession } from "./bench-session";
import { driveRedaction } from "./drive-redaction";
import { redactionPdf } from "./generate-redaction-pdf";
import { hammerHealth } from "./hammer-health";
import { percentile } from "./measure";
import { missingBuildNotice, startBenchServer } from "./start-bench-server";
import { watchJobPhase } from "./watch-job-phase";

export const PAGES = 2000;
export const MAX_RATIO = 2;
export const MIN_SAMPLES = 50;
const IDLE_MS = 15_000;
const APPLY_WINDOW_MS = 60_000;
const PHASES = {
  "dataroom-process-uploaded-document": "text extraction",
  "dataroom-analyze-redaction": "redaction analysis",
  "dataroom-apply-redaction": "redaction apply",
};

export type PhaseFigure = { phase: string; samples: number; p50: number; p95: number; ratio: number | null };
export type HealthBenchResult =
  | { kind: "skipped"; reason: string }
  | { kind: "measured"; backend: string; idle: PhaseFigure; phases: PhaseFigure[]; errors: number; steps: string[]; failures: string[] };

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runHealthUnderRedactionBench(opener: ReturnType<typeof benchBackends>[number]): Promise<HealthBenchResult> {
  const missing = missingBuildNotice();
  if (missing) return { kind: "skipped", reason: missing };
  const database = await opener.open();
  try {
    await applyMigrations(database.url);
    const db = createDbClient(database.url);
    // startRedaction and reviewRedaction use the app's client (lib/db/client.ts): this slot is it.
    (globalThis as { __scrDb?: DbClient }).__scrDb = db;
    try {
      return await measure(db, database.url, opener.backend);
    } finally {
      (globalThis as { __scrDb?: DbClient }).__scrDb = undefined;
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

async function signedInActor(db: DbClient): Promise<{ actor: Actor; projectId: string }> {
  const org = await createOrg(db, { name: "Bench Redaction Ally", slug: "bench-redaction-ally", type: "ALLY" });
  const user = await createUser(db, { orgId: org.id, role: "admin", email: "bench-redactor@bench.example" });
  const project = await createProject(db, { orgId: org.id, name: "Bench Redaction Project", slug: "bench-redaction-project" });
  const actor: Actor = { ...toTenantContext(user, org), request: { ipAddress: "127.0.0.1", userAgent: "npm run bench" } };
  return { actor, projectId: project.id };
}

function figure(phase: string, samples: number[] = [], idleP95?: number): PhaseFigure {
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = percentile(sorted, 0.95);
  return { phase, samples: sorted.length, p50: percentile(sorted, 0.5), p95, ratio: idleP95 && sorted.length ? p95 / idleP95 : null };
}

async function measure(db: DbClient, databaseUrl: string, backend: string): Promise<HealthBenchResult> {
  const { actor, projectId } = await signedInActor(db);
  const pdf = await redactionPdf(PAGES);
  const { secret, cookie } = await benchSession(db, actor.user.id, actor.request);

  const server = await startBenchServer(databaseUrl, secret);
  const worker = superviseWorker(server.env);
  const watch = watchJobPhase(db, actor.org.id, PHASES);
  try {
    while (!(await db.workerHeartbeat.count())) await settle(250);
    let stage: "warm-up" | "idle" | "pipeline" = "warm-up";
    const phase = () => (stage === "pipeline" ? watch.current() : stage === "idle" && watch.current() === null ? "idle" : null);
    const upload = async () => {
      const query = new URLSearchParams({ fileName: `landowner-consents-${PAGES}-pages.pdf`, projectId });
      const response = await fetch(`${server.url}/api/dataroom/upload?${query}`, {
        method: "PUT",
        headers: { cookie, origin: server.url, "content-type": "application/pdf" },
        body: pdf,
      });
      const body = (await response.json()) as { document?: { id: string } };
      if (response.status !== 201 || !body.document) throw new Error(`the upload failed: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
      return body.document.id;
    };
    const timeline = (async () => {
      await settle(3_000);
      stage = "idle";
      await settle(IDLE_MS);
      stage = "pipeline";
      return driveRedaction({ db, actor, upload, applyWindowMs: APPLY_WINDOW_MS });
    })();
    const { samples, errors } = await hammerHealth(server.url, phase, timeline);
    const { steps, failure } = await timeline;

    const idle = figure("idle", samples.get("idle"));
    const phases = Object.values(PHASES).map((name) => figure(name, samples.get(name), idle.p95));
    const failures = [
      ...(failure ? [failure] : []),
      ...(errors ? [`${errors} health checks failed`] : []),
      ...(idle.samples < MIN_SAMPLES ? [`only ${idle.samples} idle samples`] : []),
      ...phases.filter((p) => p.samples >= MIN_SAMPLES && (p.ratio ?? 0) >= MAX_RATIO).map((p) => `${p.phase}: p95 ${p.ratio?.toFixed(2)}x idle`),
      ...(phases.slice(1).every((p) => p.samples < MIN_SAMPLES) ? ["the redaction ran too briefly to measure"] : []),
    ];
    return { kind: "measured", backend, idle, phases, errors, steps, failures };
  } finally {
    watch.stop();
    await worker.stop();
    await server.stop();
  }
}
