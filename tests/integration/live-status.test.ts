import { callRoute, signIn } from "../support/mock-request-context";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import type { Role } from "@/lib/auth/tenant-context";
import { createDocument, createSignalScore, createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET } = await import("@/app/api/live-status/[kind]/route");

const PATTERN = "/api/live-status/[kind]";

async function poll(as: Actor | null, kind: string, ids?: string[]) {
  signIn(as);
  const response = await callRoute(GET, PATTERN, { params: { kind }, query: { ids: ids?.join(",") } });
  return { status: response.status, body: (await response.json()) as { items?: Record<string, unknown>; error?: { code: string } } };
}

/** Another member of the actor's org, with another role. */
async function colleague(actor: Actor, role: Role): Promise<Actor> {
  const user = await createUser(db, { orgId: actor.org.id, role });
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.org.id } });
  return { ...toTenantContext(user, org), request: actor.request };
}

/** A job_runs row as the worker leaves it mid-run. */
async function runningJob(orgId: string, entityType: string, entityId: string, progress: [number, number] | null) {
  return db.jobRun.create({
    data: {
      jobId: `test-${entityType}`,
      eventName: "test.event",
      orgId,
      payload: { orgId },
      entityType,
      entityId,
      status: "RUNNING",
      attempts: 1,
      maxAttempts: 3,
      startedAt: new Date(),
      progressDone: progress?.[0],
      progressTotal: progress?.[1],
    },
  });
}

describe("GET /api/live-status/[kind]", () => {
  it("answers a score run's status for its own org, and another org's id as one that exists nowhere", async () => {
    const owner = await createTenant();
    const project = await createTenantProject(owner);
    const running = await createSignalScore(db, { orgId: owner.org.id, projectId: project.id, status: "PENDING" });
    const done = await createSignalScore(db, { orgId: owner.org.id, projectId: project.id, status: "COMPLETED" });
    const intruder = await createTenant();

    expect(await poll(owner, "score", [running.id, done.id])).toEqual({
      status: 200,
      body: {
        items: {
          [running.id]: { status: "PENDING", active: true, progress: null },
          [done.id]: { status: "COMPLETED", active: false, progress: null },
        },
      },
    });
    await db.signalScore.update({ where: { id: running.id }, data: { status: "PROCESSING" } });
    expect((await poll(owner, "score", [running.id])).body.items).toEqual({ [running.id]: { status: "PROCESSING", active: true, progress: null } });

    const refused = await poll(intruder, "score", [running.id]);
    expect(refused).toEqual({ status: 404, body: { error: expect.objectContaining({ code: "NOT_FOUND" }) } });
    expect(await poll(intruder, "score", [crypto.randomUUID()])).toEqual(refused);
    // Mixed with one of its own, the other org's id is simply absent.
    const own = await createSignalScore(db, { orgId: intruder.org.id, projectId: (await createTenantProject(intruder)).id, status: "PENDING" });
    expect(Object.keys((await poll(intruder, "score", [own.id, running.id])).body.items!)).toEqual([own.id]);
  });

  it("answers documents with the pages read so far, only those the role may see", async () => {
    const owner = await createTenant({ role: "admin" });
    const project = await createTenantProject(owner);
    const base = { orgId: owner.org.id, uploadedBy: owner.user.id, projectId: project.id };
    const reading = await createDocument(db, { ...base, status: "PROCESSING" });
    const secret = await createDocument(db, { ...base, status: "PROCESSING", classification: "TOP_SECRET" });
    const deleted = await createDocument(db, { ...base, status: "UPLOADING" });
    await db.document.update({ where: { id: deleted.id }, data: { isDeleted: true } });
    await runningJob(owner.org.id, "Document", reading.id, [37, 120]);

    const ids = [reading.id, secret.id, deleted.id];
    expect((await poll(owner, "document", ids)).body.items).toEqual({
      [reading.id]: { status: "PROCESSING", active: true, progress: "37/120" },
      [secret.id]: { status: "PROCESSING", active: true, progress: null },
    });
    // An analyst is not cleared for TOP_SECRET: that document is absent, as for another org.
    expect(Object.keys((await poll(await colleague(owner, "analyst"), "document", ids)).body.items!)).toEqual([reading.id]);

    await db.document.update({ where: { id: reading.id }, data: { status: "READY" } });
    await db.jobRun.updateMany({ where: { entityId: reading.id }, data: { status: "COMPLETED" } });
    expect((await poll(owner, "document", [reading.id])).body.items).toEqual({ [reading.id]: { status: "READY", active: false, progress: null } });

    expect((await poll(await createTenant(), "document", ids)).status).toBe(404);
  });

  it("answers a redaction job's status, for its org and a document the role may see", async () => {
    const owner = await createTenant({ role: "admin" });
    const project = await createTenantProject(owner);
    const document = await createDocument(db, { orgId: owner.org.id, uploadedBy: owner.user.id, projectId: project.id, status: "READY", classification: "RESTRICTED" });
    const job = await db.redactionJob.create({ data: { orgId: owner.org.id, documentId: document.id, createdBy: owner.user.id, status: "analyzing" } });
    await runningJob(owner.org.id, "RedactionJob", job.id, [2, 9]);

    expect((await poll(owner, "redaction", [job.id])).body.items).toEqual({ [job.id]: { status: "analyzing", active: true, progress: "2/9" } });
    expect((await poll(await colleague(owner, "analyst"), "redaction", [job.id])).status).toBe(404);
    expect((await poll(await createTenant(), "redaction", [job.id])).status).toBe(404);
  });

  it("answers whether the org's job list is busy, and moves when a run moves", async () => {
    const owner = await createTenant({ role: "admin" });
    const idle = await poll(owner, "org-jobs");
    expect(idle.body.items).toEqual({ all: { status: "idle", active: false, progress: expect.any(String) } });

    const run = await runningJob(owner.org.id, "Document", crypto.randomUUID(), [1, 10]);
    const busy = (await poll(owner, "org-jobs")).body.items as Record<string, { status: string; progress: string }>;
    expect(busy.all.status).toBe("active");
    await db.jobRun.update({ where: { id: run.id }, data: { progressDone: 2 } });
    const moved = (await poll(owner, "org-jobs")).body.items as Record<string, { status: string; progress: string }>;
    expect(moved.all.progress).not.toBe(busy.all.progress);

    // Another org's busy list is not this org's: it stays idle.
    expect(((await poll(await createTenant(), "org-jobs")).body.items as Record<string, { status: string }>).all.status).toBe("idle");
    // Every org's list is for platform admins only; an ALLY org is told it does not exist.
    expect((await poll(owner, "platform-jobs")).status).toBe(404);
    expect((await poll(await colleague(owner, "viewer"), "org-jobs")).status).toBe(403);
  });

  it("refuses what it cannot read: no session, an unknown kind, ids that are not ids", async () => {
    const owner = await createTenant();
    expect((await poll(null, "score", [crypto.randomUUID()])).status).toBe(401);
    expect((await poll(owner, "projects", [crypto.randomUUID()])).status).toBe(404);
    expect((await poll(owner, "score", ["1 or 1=1"])).status).toBe(422);
    expect((await poll(owner, "score")).status).toBe(422);
    expect(
      (
        await poll(
          owner,
          "score",
          Array.from({ length: 101 }, () => crypto.randomUUID()),
        )
      ).status,
    ).toBe(422);
  });
});
