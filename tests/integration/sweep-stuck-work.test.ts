import { describe, expect, it } from "vitest";
import { sweepStuckWork, STUCK_AFTER_MS } from "@/lib/jobs/sweep-stuck-work";
import { createDocument } from "@/prisma/factories";
import { createTenant, db } from "../support/test-db";

async function processingDocument(ageMs: number) {
  const actor = await createTenant();
  const document = await createDocument(db, { orgId: actor.org.id, uploadedBy: actor.user.id, status: "PROCESSING" });
  await db.$executeRaw`UPDATE documents SET updated_at = ${new Date(Date.now() - ageMs)} WHERE id = ${document.id}::uuid`;
  return { actor, document };
}

describe("sweep of stuck work", () => {
  it("fails a document left PROCESSING past the limit with no job on it, with a readable message and an audit row", async () => {
    const { actor, document } = await processingDocument(STUCK_AFTER_MS + 60_000);
    const fresh = await processingDocument(60_000);
    const working = await processingDocument(STUCK_AFTER_MS + 60_000);
    await db.jobRun.create({
      data: {
        jobId: "dataroom-process-uploaded-document",
        eventName: "document.uploaded",
        orgId: working.actor.org.id,
        payload: {},
        entityType: "Document",
        entityId: working.document.id,
        status: "RUNNING",
        maxAttempts: 4,
      },
    });

    await sweepStuckWork();

    const swept = await db.document.findUniqueOrThrow({ where: { id: document.id } });
    expect(swept.status).toBe("ERROR");
    expect((swept.metadata as { error: string }).error).toMatch(/^This file could not be processed: its job stopped before finishing/);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id, action: "document.processing_failed", entityId: document.id } })).toBe(1);
    expect(await db.outboxEvent.count({ where: { orgId: actor.org.id, name: "document.processed" } })).toBe(1);
    expect((await db.document.findUniqueOrThrow({ where: { id: fresh.document.id } })).status).toBe("PROCESSING");
    expect((await db.document.findUniqueOrThrow({ where: { id: working.document.id } })).status).toBe("PROCESSING");
  });
});
