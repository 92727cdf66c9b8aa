import { randomUUID } from "node:crypto";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emit } from "@/lib/events/emit";
import type { EventName } from "@/lib/events/catalogue";
import { HeavyLane } from "@/lib/jobs/worker/heavy-lane";
import { JobWorker } from "@/lib/jobs/worker/job-worker";
import { JOB_CHILD_ENTRY, WORKER_EXEC_ARGV } from "@/scripts/lib/worker-command";
import { jobs } from "../support/jobs/heavy-test-jobs";
import { createTenant, db } from "../support/test-db";

process.env.JOBS_REGISTRY = path.resolve("tests/support/jobs/heavy-test-jobs.ts");
const lane = new HeavyLane({ entry: JOB_CHILD_ENTRY, execArgv: WORKER_EXEC_ARGV, heapMb: 512 });
afterAll(() => lane.close());

async function runOne(name: EventName) {
  const actor = await createTenant();
  await db.$transaction((tx) => emit(tx, name, { orgId: actor.org.id, projectId: randomUUID() } as never));
  await new JobWorker({ jobs, db, orgIds: [actor.org.id], heavyLane: lane }).drain(90_000);
  return db.jobRun.findFirstOrThrow({ where: { orgId: actor.org.id } });
}

describe("heavy lane: capped child process", () => {
  it("runs a heavy job in a child process, not in the worker", async () => {
    const run = await runOne("project.updated");
    expect(run.status).toBe("COMPLETED");
    expect((run.output as { pid: number }).pid).not.toBe(process.pid);
  });

  it("kills a job over its memory cap and fails it with a readable message; the next job gets a fresh child", async () => {
    const run = await runOne("milestone.changed");
    expect(run).toMatchObject({ status: "FAILED", attempts: 1, lastError: "it needed more than 200 MB of memory, the limit for this kind of work" });
    expect((await runOne("project.updated")).status).toBe("COMPLETED");
  });

  it("kills a job over its time limit", async () => {
    const run = await runOne("budget.changed");
    expect(run).toMatchObject({ status: "FAILED", lastError: "it took longer than 2 seconds, the limit for this kind of work" });
  });
});
