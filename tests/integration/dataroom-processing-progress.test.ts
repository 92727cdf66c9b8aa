import { describe, expect, it } from "vitest";
import { listDocuments } from "@/lib/dataroom/list-documents";
import { createDocument } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

/** A job_runs row as the worker leaves it mid-run: RUNNING, with the pages read so far. */
async function runningExtraction(orgId: string, documentId: string, progress: [number, number] | null, status: "RUNNING" | "FAILED" = "RUNNING") {
  await db.jobRun.create({
    data: {
      jobId: "dataroom-process-uploaded-document",
      eventName: "document.uploaded",
      orgId,
      payload: { orgId, documentId },
      entityType: "Document",
      entityId: documentId,
      status,
      attempts: 1,
      maxAttempts: 4,
      startedAt: new Date(),
      lockedBy: "worker-test",
      progressDone: progress?.[0],
      progressTotal: progress?.[1],
    },
  });
}

describe("processing progress in the document list", () => {
  it("shows how many pages the running job has read, for that document and org only", async () => {
    const actor = await createTenant({ role: "admin" });
    const project = await createTenantProject(actor);
    const base = { orgId: actor.org.id, uploadedBy: actor.user.id, projectId: project.id };
    const reading = await createDocument(db, { ...base, name: "a-reading.pdf", status: "PROCESSING" });
    const queued = await createDocument(db, { ...base, name: "b-queued.pdf", status: "PROCESSING" });
    const ready = await createDocument(db, { ...base, name: "c-ready.pdf", status: "READY" });
    await runningExtraction(actor.org.id, reading.id, [120, 2000]);
    await runningExtraction(actor.org.id, queued.id, null);
    await runningExtraction(actor.org.id, ready.id, [5, 5], "FAILED");

    // Another org's run naming this org's document (a forged row) is not read.
    const other = await createTenant({ role: "admin" });
    await runningExtraction(other.org.id, queued.id, [1, 2]);

    const { documents } = await listDocuments(actor, { kind: "project", id: project.id }, null);
    expect(documents.map((d) => [d.name, d.progress])).toEqual([
      ["a-reading.pdf", { done: 120, total: 2000 }],
      ["b-queued.pdf", null],
      ["c-ready.pdf", null],
    ]);
  });
});
