import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/tenant-context";
import type { JobRunStatus } from "@/lib/db/generated/client";
import { createDocument, createUser, uniqueSuffix } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

/** The real action client, with the session replaced (see team.test.ts). */
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.11", userAgent: "jobs-ops-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { retryJobRunAction } = await import("@/lib/jobs/operations/actions");
const { retryJobRun } = await import("@/lib/jobs/operations/retry-job-run");
const { listOrgJobRuns } = await import("@/lib/jobs/operations/list-org-job-runs");
const { unsafeListPlatformJobRuns } = await import("@/lib/jobs/operations/unsafe-list-platform-job-runs");
const { unsafeGetWorkerHealth } = await import("@/lib/jobs/operations/unsafe-get-worker-health");
const { parseJobRunsQuery } = await import("@/lib/jobs/operations/schemas");
const { listAuditLogs } = await import("@/lib/audit/list-audit-logs");
const { parseAuditQuery } = await import("@/lib/audit/schemas");
const { sentenceText } = await import("@/lib/audit/sentence-parts");

type RunInput = {
  orgId: string | null;
  jobId?: string;
  status?: JobRunStatus;
  entity?: { type: string; id: string };
  attempts?: number;
  createdAt?: Date;
  runAt?: Date;
  startedAt?: Date | null;
  finishedAt?: Date | null;
  lastError?: string | null;
  progress?: [number, number];
};

/** A job_runs row as the worker would have left it. */
async function insertRun(input: RunInput) {
  return db.jobRun.create({
    data: {
      jobId: input.jobId ?? "dataroom-process-uploaded-document",
      eventName: "dataroom/document.uploaded",
      orgId: input.orgId,
      payload: { orgId: input.orgId },
      entityType: input.entity?.type,
      entityId: input.entity?.id,
      status: input.status ?? "COMPLETED",
      attempts: input.attempts ?? 1,
      maxAttempts: 4,
      createdAt: input.createdAt,
      runAt: input.runAt,
      startedAt: input.startedAt === undefined ? new Date() : input.startedAt,
      finishedAt: input.finishedAt === undefined ? new Date() : input.finishedAt,
      lastError: input.lastError,
      progressDone: input.progress?.[0],
      progressTotal: input.progress?.[1],
      lockedBy: input.status === "RUNNING" ? "worker-test" : null,
    },
  });
}

async function failedRun(orgId: string, extra: Partial<RunInput> = {}) {
  return insertRun({
    orgId,
    status: "FAILED",
    attempts: 4,
    lastError: "The PDF could not be read.",
    startedAt: new Date("2030-01-01T10:00:00Z"),
    finishedAt: new Date("2030-01-01T10:00:05Z"),
    ...extra,
  });
}

async function addMember(of: Actor, role: Role): Promise<Actor> {
  const user = await createUser(db, { orgId: of.org.id, role });
  return { ...of, user: { id: user.id, email: user.email, fullName: user.fullName, avatarUrl: null }, role: user.role };
}

const auditRows = (orgId: string) => db.auditLog.findMany({ where: { orgId, action: "job.retried" } });
const runOf = (id: string) => db.jobRun.findUniqueOrThrow({ where: { id } });

beforeEach(() => {
  signedIn = null;
});

describe("listOrgJobRuns", () => {
  it("lists the org's own runs newest first, named and linked, and never another org's or a cron run", async () => {
    const admin = await createTenant({ role: "admin" });
    const other = await createTenant({ role: "admin" });
    const project = await createTenantProject(admin, { name: `Lake Solar ${uniqueSuffix()}` });
    const document = await createDocument(db, { orgId: admin.org.id, uploadedBy: admin.user.id, projectId: project.id, name: "Grid study.pdf" });
    const t = (minute: number) => new Date(Date.UTC(2030, 0, 1, 9, minute));
    const extraction = await insertRun({
      orgId: admin.org.id,
      status: "RUNNING",
      entity: { type: "Document", id: document.id },
      createdAt: t(3),
      startedAt: t(3),
      finishedAt: null,
      progress: [37, 120],
    });
    const score = await insertRun({
      orgId: admin.org.id,
      jobId: "refresh-milestone-delays",
      entity: { type: "Project", id: project.id },
      createdAt: t(2),
      startedAt: t(2),
      finishedAt: new Date(t(2).getTime() + 1_500),
    });
    const unknown = await insertRun({ orgId: admin.org.id, jobId: "some-new-job", createdAt: t(1) });
    await insertRun({ orgId: other.org.id, createdAt: t(4) });
    await insertRun({ orgId: null, jobId: "sweep-milestone-delays", createdAt: t(5) });

    const page = await listOrgJobRuns(admin, parseJobRunsQuery({}), new Date(t(3).getTime() + 65_000));
    expect(page.rows.map((r) => r.id)).toEqual([extraction.id, score.id, unknown.id]);
    expect(page.total).toBe(3);
    expect(page.activeCount).toBe(1);
    expect(page.rows[0]).toMatchObject({
      kind: "Text extraction",
      status: "RUNNING",
      attempts: 1,
      maxAttempts: 4,
      durationMs: 65_000,
      progress: { done: 37, total: 120, unit: "pages" },
      entity: { type: "Document", label: "Grid study.pdf", href: `/dataroom/${project.id}/documents/${document.id}` },
    });
    expect(page.rows[1]).toMatchObject({ kind: "Milestone delays", durationMs: 1_500, entity: { label: project.name, href: `/projects/${project.id}` } });
    expect(page.rows[2]).toMatchObject({ kind: "some-new-job", entity: null });
    expect(page.kinds.map((k) => k.label)).toEqual(["Milestone delays", "some-new-job", "Text extraction"]);
  });

  it("filters by status and kind, and pages", async () => {
    const admin = await createTenant({ role: "admin" });
    for (let i = 0; i < 3; i++) await failedRun(admin.org.id, { createdAt: new Date(Date.UTC(2030, 0, 1, 8, i)) });
    await insertRun({ orgId: admin.org.id, jobId: "score-signal" });

    const failed = await listOrgJobRuns(admin, parseJobRunsQuery({ status: "FAILED" }));
    expect(failed.rows.map((r) => r.status)).toEqual(["FAILED", "FAILED", "FAILED"]);
    const scores = await listOrgJobRuns(admin, parseJobRunsQuery({ kind: "score-signal" }));
    expect(scores.rows.map((r) => r.kind)).toEqual(["Signal Score"]);
    const second = await listOrgJobRuns(admin, { status: "FAILED", kind: undefined, page: 2, pageSize: 25 });
    expect(second).toMatchObject({ rows: [], total: 3, pageCount: 1 });
    // A malformed URL falls back to defaults rather than failing.
    expect(parseJobRunsQuery({ status: "EXPLODED", page: "-3", pageSize: "7", kind: "Bad Kind!" })).toEqual({
      status: undefined,
      kind: undefined,
      page: 1,
      pageSize: 25,
    });
  });

  it("does not name a document the reader's role may not see, nor a deleted one", async () => {
    const admin = await createTenant({ role: "admin" });
    const manager = await addMember(admin, "manager");
    const secret = await createDocument(db, { orgId: admin.org.id, uploadedBy: admin.user.id, name: "Board minutes.pdf", classification: "TOP_SECRET" });
    const deleted = await createDocument(db, { orgId: admin.org.id, uploadedBy: admin.user.id, name: "Old draft.pdf" });
    await db.document.update({ where: { id: deleted.id }, data: { isDeleted: true } });
    await insertRun({ orgId: admin.org.id, entity: { type: "Document", id: secret.id }, createdAt: new Date("2030-01-02T00:00:00Z") });
    await insertRun({ orgId: admin.org.id, entity: { type: "Document", id: deleted.id }, createdAt: new Date("2030-01-01T00:00:00Z") });
    const labels = async (reader: Actor) => (await listOrgJobRuns(reader, parseJobRunsQuery({}))).rows.map((r) => [r.entity?.label, r.entity?.href]);
    expect(await labels(manager)).toEqual([
      ["A document", null],
      ["A document", null],
    ]);
    expect(await labels(admin)).toEqual([
      ["Board minutes.pdf", null],
      ["A document", null],
    ]);
  });
});

describe("retryJobRun", () => {
  it("puts a failed run back in the queue with no attempts used, keeps finished_at, and audits it", async () => {
    signedIn = await createTenant({ role: "admin" });
    const document = await createDocument(db, { orgId: signedIn.org.id, uploadedBy: signedIn.user.id, name: "Offtake term sheet.pdf" });
    const run = await failedRun(signedIn.org.id, { entity: { type: "Document", id: document.id }, progress: [3, 10] });
    await db.jobRun.update({
      where: { id: run.id },
      data: { lockedBy: "worker-gone", lockedUntil: new Date("2030-01-01T10:05:00Z"), runAt: new Date("2030-01-01T09:00:00Z") },
    });

    const before = Date.now();
    const result = await retryJobRunAction({ runId: run.id });
    expect(result.data).toEqual({ id: run.id, status: "QUEUED" });
    const after = await runOf(run.id);
    expect(after).toMatchObject({ status: "QUEUED", attempts: 0, lockedBy: null, lockedUntil: null, lastError: null, progressDone: null, progressTotal: null });
    expect(after.finishedAt).toEqual(run.finishedAt);
    expect(after.runAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);

    const [audit] = await auditRows(signedIn.org.id);
    expect(audit).toMatchObject({
      userId: signedIn.user.id,
      entityType: "JobRun",
      entityId: run.id,
      ipAddress: "198.51.100.11",
      changes: {
        before: { status: "FAILED", attempts: 4, lastError: "The PDF could not be read." },
        after: { status: "QUEUED", attempts: 0, job: "Text extraction", documentId: document.id },
      },
    });
    const log = await listAuditLogs(signedIn, parseAuditQuery({ action: "job.retried" }));
    expect(log.rows.map((r) => sentenceText(r.sentence))).toEqual([`${signedIn.user.fullName} retried the failed Text extraction job for Offtake term sheet.pdf`]);

    // The list shows it as retried by hand, waiting for a worker.
    const [row] = (await listOrgJobRuns(signedIn, parseJobRunsQuery({}))).rows;
    expect(row).toMatchObject({ status: "QUEUED", manuallyRetried: true, retryingAfterError: false, durationMs: null, lastError: null });
  });

  it("refuses anyone below admin, through the action and the lib function alike", async () => {
    const admin = await createTenant({ role: "admin" });
    const run = await failedRun(admin.org.id);
    for (const role of ["manager", "analyst", "viewer"] as const) {
      signedIn = await addMember(admin, role);
      expect((await retryJobRunAction({ runId: run.id })).serverError).toMatchObject({ code: "FORBIDDEN" });
      await expect(retryJobRun(signedIn, run.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await runOf(run.id)).status).toBe("FAILED");
    expect(await auditRows(admin.org.id)).toHaveLength(0);
  });

  it("answers another org's run with NOT_FOUND and changes nothing", async () => {
    const victim = await createTenant({ role: "admin" });
    const run = await failedRun(victim.org.id);
    const cron = await insertRun({ orgId: null, jobId: "sweep-milestone-delays", status: "FAILED", lastError: "boom" });
    signedIn = await createTenant({ role: "admin" });
    for (const runId of [run.id, cron.id, crypto.randomUUID()]) {
      expect((await retryJobRunAction({ runId })).serverError).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await runOf(run.id)).toMatchObject({ status: "FAILED", attempts: 4, lastError: "The PDF could not be read." });
    expect((await runOf(cron.id)).status).toBe("FAILED");
    expect(await auditRows(victim.org.id)).toHaveLength(0);
    expect(await auditRows(signedIn.org.id)).toHaveLength(0);
  });

  it("retries only FAILED runs: anything else is an invalid transition, and a second retry too", async () => {
    signedIn = await createTenant({ role: "admin" });
    for (const status of ["QUEUED", "RUNNING", "COMPLETED"] as const) {
      const run = await insertRun({ orgId: signedIn.org.id, status });
      expect((await retryJobRunAction({ runId: run.id })).serverError).toMatchObject({ code: "INVALID_TRANSITION" });
      expect((await runOf(run.id)).status).toBe(status);
    }
    const failed = await failedRun(signedIn.org.id);
    expect((await retryJobRunAction({ runId: failed.id })).data).toEqual({ id: failed.id, status: "QUEUED" });
    expect((await retryJobRunAction({ runId: failed.id })).serverError).toMatchObject({ code: "INVALID_TRANSITION" });
    expect(await auditRows(signedIn.org.id)).toHaveLength(1);
  });

  it("validates the input", async () => {
    signedIn = await createTenant({ role: "admin" });
    const result = await retryJobRunAction({ runId: "not-a-uuid" });
    expect(result.validationErrors?.fieldErrors).toHaveProperty("runId");
  });
});

describe("platform views", () => {
  it("lists every org's runs with the org's name, never the names of what they are about", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const document = await createDocument(db, { orgId: a.org.id, uploadedBy: a.user.id, name: "Private lease.pdf" });
    const kind = `ops-test-${uniqueSuffix()}`;
    const runA = await insertRun({ orgId: a.org.id, jobId: kind, entity: { type: "Document", id: document.id }, createdAt: new Date("2030-02-01T10:00:00Z") });
    const runB = await failedRun(b.org.id, { jobId: kind, createdAt: new Date("2030-02-01T11:00:00Z") });
    const cron = await insertRun({ orgId: null, jobId: kind, createdAt: new Date("2030-02-01T09:00:00Z") });

    const page = await unsafeListPlatformJobRuns(parseJobRunsQuery({ kind }));
    expect(page.rows.map((r) => [r.id, r.org?.name ?? null])).toEqual([
      [runB.id, b.org.name],
      [runA.id, a.org.name],
      [cron.id, null],
    ]);
    expect(page.rows[1]?.entity).toMatchObject({ type: "Document", href: null, label: `Document ${document.id.slice(0, 8)}` });
    expect(JSON.stringify(page)).not.toContain("Private lease");
  });

  it("reports workers up or down by their last beat, and the backlog as of now", async () => {
    const now = new Date("2001-06-01T12:00:00Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const suffix = uniqueSuffix();
    await db.workerHeartbeat.createMany({
      data: [
        { workerId: `alive-${suffix}`, host: "web-1", pid: 101, startedAt: ago(3_600_000), beatAt: ago(3_000), runsDone: 42 },
        { workerId: `gone-${suffix}`, host: "web-2", pid: 202, startedAt: ago(7_200_000), beatAt: ago(45_000), runsDone: 7 },
      ],
    });
    const org = await createTenant();
    await db.outboxEvent.createMany({
      data: [
        { name: "dataroom/document.uploaded", orgId: org.org.id, payload: {}, createdAt: ago(90_000) },
        { name: "dataroom/document.uploaded", orgId: org.org.id, payload: {}, createdAt: ago(10_000), dispatchedAt: ago(9_000) },
      ],
    });
    await insertRun({ orgId: org.org.id, status: "QUEUED", runAt: ago(30_000), startedAt: null, finishedAt: null, attempts: 0 });
    await insertRun({ orgId: org.org.id, status: "QUEUED", runAt: new Date(now.getTime() + 60_000), startedAt: null, finishedAt: null, attempts: 1 });
    await insertRun({ orgId: org.org.id, status: "RUNNING", startedAt: ago(5_000), finishedAt: null });
    await insertRun({ orgId: org.org.id, status: "FAILED", startedAt: ago(3_600_000), finishedAt: ago(3_500_000) });
    await insertRun({ orgId: org.org.id, status: "FAILED", startedAt: ago(200_000_000), finishedAt: ago(190_000_000) });

    const health = await unsafeGetWorkerHealth(now);
    const mine = health.workers.filter((w) => w.workerId.endsWith(suffix));
    expect(mine.map((w) => [w.host, w.pid, w.up, w.beatAgeMs, w.runsDone])).toEqual([
      ["web-1", 101, true, 3_000, 42],
      ["web-2", 202, false, 45_000, 7],
    ]);
    expect(health.backlog).toEqual({ undispatchedEvents: 1, runnableQueued: 1, running: 1, failedLast24h: 1, oldestWaitingMs: 90_000 });
  });
});
