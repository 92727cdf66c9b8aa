import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { refreshMilestoneDelays } from "@/inngest/functions/projects/refresh-milestone-delays";
import { toInngestFunction } from "@/inngest/to-inngest-function";
import { emit } from "@/lib/events/emit";
import { defineCronJob, defineJob } from "@/lib/jobs/define-job";
import { PermanentJobError } from "@/lib/jobs/job-failure";
import { claimJobRun, claimJobRuns } from "@/lib/jobs/worker/claim-job-run";
import { fanOutEvents } from "@/lib/jobs/worker/fan-out-events";
import { JobWorker } from "@/lib/jobs/worker/job-worker";
import { drainJobs, manualClock } from "../support/job-worker";
import { createTenant, createTenantProject, db } from "../support/test-db";

const emitted = (orgId: string, projectId: string = randomUUID()) => db.$transaction((tx) => emit(tx, "milestone.changed", { orgId, projectId }));

/** A job that counts its effects in a table-free way: one audit-free row per effect in a Map. */
function countingJob(effects: Map<string, number>, overrides: Partial<Parameters<typeof defineJob>[0]> = {}) {
  return defineJob({
    id: `test-count-${randomUUID().slice(0, 8)}`,
    on: "milestone.changed",
    async handler({ event, step }) {
      await step.run("effect", async () => effects.set(event.id, (effects.get(event.id) ?? 0) + 1));
      return { ok: true };
    },
    ...overrides,
  } as Parameters<typeof defineJob>[0]);
}

describe("transactional outbox", () => {
  it("a rolled-back write emits nothing; a committed one is delivered once, even when the outbox is replayed", async () => {
    const actor = await createTenant();
    await expect(
      db.$transaction(async (tx) => {
        await emit(tx, "milestone.changed", { orgId: actor.org.id, projectId: randomUUID() });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await db.outboxEvent.count({ where: { orgId: actor.org.id } })).toBe(0);

    // Committed, then the process "died" before any dispatch: a worker started later delivers it.
    const eventId = await emitted(actor.org.id);
    const effects = new Map<string, number>();
    const job = countingJob(effects);
    const worker = () => new JobWorker({ jobs: [job], db, orgIds: [actor.org.id], retryBaseMs: 0 });
    await worker().drain();
    expect(effects.get(eventId)).toBe(1);

    // At-least-once delivery replays an event: its run already exists, so nothing happens twice.
    await db.outboxEvent.update({ where: { id: eventId }, data: { dispatchedAt: null } });
    await worker().drain();
    expect(effects.get(eventId)).toBe(1);
    expect(await db.jobRun.count({ where: { eventId, jobId: job.id } })).toBe(1);
  });

  it("refuses an event whose payload fails its schema at the source", async () => {
    await expect(db.$transaction((tx) => emit(tx, "milestone.changed", { orgId: "nope", projectId: randomUUID() }))).rejects.toThrow();
  });
});

describe("embedded worker", () => {
  it("resumes an in-flight run after its worker died: the lease runs out, finished steps are not redone", async () => {
    const actor = await createTenant();
    const clock = manualClock();
    const calls: string[] = [];
    const job = defineJob({
      id: `test-resume-${randomUUID().slice(0, 8)}`,
      on: "milestone.changed",
      async handler({ step }) {
        await step.run("first", async () => calls.push("first"));
        await step.run("second", async () => calls.push("second"));
      },
    });
    await emitted(actor.org.id);
    await fanOutEvents(db, [job], { orgIds: [actor.org.id], now: clock.now() });
    // A worker claims the run, finishes step one and dies.
    const claimed = await claimJobRun(db, { workerId: "dead-worker", now: clock.now(), leaseMs: 30_000, concurrency: { [job.id]: 2 }, orgIds: [actor.org.id] });
    expect(claimed).not.toBeNull();
    await db.jobStep.create({ data: { runId: claimed!.id, stepId: "first", output: 1 } });

    const survivor = new JobWorker({ jobs: [job], db, orgIds: [actor.org.id], now: clock.now, leaseMs: 30_000 });
    await survivor.drain();
    expect(calls).toEqual([]);
    clock.advance(31_000);
    await survivor.drain();
    expect(calls).toEqual(["second"]);
    const run = await db.jobRun.findUniqueOrThrow({ where: { id: claimed!.id } });
    expect(run).toMatchObject({ status: "COMPLETED", attempts: 2, lockedBy: null });
  });

  it("retries a failing run with backoff, then marks it failed with its error and tells onFailure once, in the user's words", async () => {
    const actor = await createTenant();
    const clock = manualClock();
    const failures: string[] = [];
    let attempts = 0;
    const job = defineJob({
      id: `test-flaky-${randomUUID().slice(0, 8)}`,
      on: "milestone.changed",
      attempts: 3,
      async handler() {
        attempts += 1;
        throw new Error(`connection reset (attempt ${attempts})`);
      },
      onFailure: async ({ error }) => failures.push(error),
    });
    await emitted(actor.org.id);
    const worker = new JobWorker({ jobs: [job], db, orgIds: [actor.org.id], now: clock.now, retryBaseMs: 1_000 });
    await worker.drain();
    expect(attempts).toBe(1);
    const waiting = await db.jobRun.findFirstOrThrow({ where: { jobId: job.id } });
    expect(waiting).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "connection reset (attempt 1)" });
    expect(waiting.runAt.getTime()).toBe(clock.now().getTime() + 1_000);
    clock.advance(1_000);
    await worker.drain();
    clock.advance(2_000);
    await worker.drain();
    expect(attempts).toBe(3);
    expect(await db.jobRun.findFirstOrThrow({ where: { jobId: job.id } })).toMatchObject({ status: "FAILED", attempts: 3, lastError: "connection reset (attempt 3)" });
    expect(failures).toEqual(["an error on our side stopped it 3 times in a row; it was logged and you can try again"]);
  });

  it("fails a permanent error at once, with no retry", async () => {
    const actor = await createTenant();
    const job = defineJob({
      id: `test-permanent-${randomUUID().slice(0, 8)}`,
      on: "milestone.changed",
      async handler() {
        throw new PermanentJobError("This file expands to 210 MB.");
      },
    });
    await emitted(actor.org.id);
    await new JobWorker({ jobs: [job], db, orgIds: [actor.org.id] }).drain();
    expect(await db.jobRun.findFirstOrThrow({ where: { jobId: job.id } })).toMatchObject({ status: "FAILED", attempts: 1, lastError: "This file expands to 210 MB." });
  });

  it("a stored event that no longer fits its schema ends failed with a readable message", async () => {
    const actor = await createTenant();
    const effects = new Map<string, number>();
    const job = countingJob(effects);
    await db.outboxEvent.create({ data: { name: "milestone.changed", orgId: actor.org.id, payload: { orgId: actor.org.id, projectId: "not-a-uuid" } } });
    await new JobWorker({ jobs: [job], db, orgIds: [actor.org.id] }).drain();
    const run = await db.jobRun.findFirstOrThrow({ where: { jobId: job.id } });
    expect(run.status).toBe("FAILED");
    expect(run.lastError).toMatch(/^The event's data is invalid \(projectId: /);
    expect(effects.size).toBe(0);
  });

  it("keeps to the per-org concurrency limit while another org's run goes ahead", async () => {
    const [first, second] = [await createTenant(), await createTenant()];
    const now = new Date();
    const jobId = `test-limit-${randomUUID().slice(0, 8)}`;
    const run = (orgId: string) => ({ jobId, eventName: "milestone.changed", orgId, payload: {}, maxAttempts: 1, runAt: now });
    await db.jobRun.createMany({ data: [run(first.org.id), run(first.org.id), run(second.org.id)] });
    const claim = () => claimJobRun(db, { workerId: "w", now, leaseMs: 30_000, concurrency: { [jobId]: 1 }, orgIds: [first.org.id, second.org.id] });
    const claimed = [await claim(), await claim(), await claim()];
    expect(
      claimed
        .filter(Boolean)
        .map((r) => r!.org_id)
        .sort(),
    ).toEqual([first.org.id, second.org.id].sort());
  });

  it("claims a batch for every free slot in one statement, but never past an org's limit", async () => {
    const [first, second] = [await createTenant(), await createTenant()];
    const now = new Date();
    const jobId = `test-batch-${randomUUID().slice(0, 8)}`;
    const run = (orgId: string) => ({ jobId, eventName: "milestone.changed", orgId, payload: {}, maxAttempts: 1, runAt: now });
    await db.jobRun.createMany({ data: [run(first.org.id), run(first.org.id), run(first.org.id), run(first.org.id), run(second.org.id)] });
    const options = { workerId: "w", now, leaseMs: 30_000, concurrency: { [jobId]: 2 }, orgIds: [first.org.id, second.org.id] };
    const claimed = await claimJobRuns(db, { ...options, limit: 8 });
    expect(claimed.map((r) => r.org_id).sort()).toEqual([first.org.id, first.org.id, second.org.id].sort());
    expect(await claimJobRuns(db, { ...options, limit: 8 })).toEqual([]);
  });

  it("fires cron slots once each, and a run of missed slots once when the worker comes back", async () => {
    let runs = 0;
    const job = defineCronJob({ id: `test-cron-${randomUUID().slice(0, 8)}`, cron: "*/5 * * * *", handler: async () => (runs += 1) });
    const clock = manualClock(new Date("2026-12-06T10:01:00Z"));
    const worker = new JobWorker({ jobs: [job], db, cron: true, now: clock.now });
    await worker.drain();
    await worker.drain();
    expect(runs).toBe(1);
    clock.advance(4 * 60_000);
    await worker.drain();
    expect(runs).toBe(2);
    clock.advance(60 * 60_000);
    await worker.drain();
    expect(runs).toBe(3);
    expect(await db.cronSchedule.findUniqueOrThrow({ where: { jobId: job.id } })).toMatchObject({ lastSlotAt: new Date("2026-12-06T11:05:00Z") });
  });
});

describe("refresh-milestone-delays", () => {
  it("runs through Inngest (@inngest/test) and through the worker; a rerun changes nothing twice", async () => {
    const actor = await createTenant();
    const project = await createTenantProject(actor, {
      milestones: [
        { name: "Overdue permit", targetDate: "2024-01-31", status: "IN_PROGRESS", completionPct: 50 },
        { name: "Future close", targetDate: "2099-12-31" },
      ],
    });
    const engine = new InngestTestEngine({ function: toInngestFunction(refreshMilestoneDelays) });
    const { result } = await engine.execute({ events: [{ name: "milestone.changed", data: { orgId: actor.org.id, projectId: project.id } }] });
    expect(result).toEqual({ marked: 1 });
    await emitted(actor.org.id, project.id);
    await drainJobs();
    expect((await db.projectMilestone.findMany({ where: { projectId: project.id }, orderBy: { orderIndex: "asc" } })).map((m) => m.status)).toEqual([
      "DELAYED",
      "NOT_STARTED",
    ]);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id, action: "milestone.delayed" } })).toBe(1);
  });
});
