import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getObjectBytes } from "@/lib/storage/objects";
import { pdfWithPages } from "../support/dataroom-fixtures";
import { useTestStorage, uploadRequest } from "../support/dataroom-routes";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";
import { drainJobs } from "../support/job-worker";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", async (original) => ({
  ...(await original<object>()),
  getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "action-test" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { startRedactionAction, reviewRedactionAction } = await import("@/lib/dataroom/actions");
const { extractPdfText } = await import("@/lib/dataroom/extraction/extract-pdf-text");

useTestStorage();

async function uploadedPdf() {
  const actor = await createTenant({ role: "analyst" });
  const project = await createTenantProject(actor);
  signedIn = actor;
  const bytes = await pdfWithPages(["Escrow: pay GB82 WEST 1234 5698 7654 32 and mail treasury@helios.example", "Site visit notes"]);
  const response = await upload(uploadRequest({ fileName: "escrow.pdf", projectId: project.id }, bytes));
  const { document } = (await response.json()) as { document: { id: string } };
  await drainJobs();
  return { actor, documentId: document.id };
}

describe("PII redaction: pending -> analyzing -> review -> applying -> done", () => {
  it("detects, takes the review, and stores a new PDF whose text no longer holds the approved items", async () => {
    const { actor, documentId } = await uploadedPdf();
    const started = await startRedactionAction({ documentId });
    expect(started.data?.status).toBe("pending");
    await drainJobs();

    const inReview = await db.redactionJob.findUniqueOrThrow({ where: { id: started.data!.id } });
    const detections = inReview.detectedEntities as { id: string; type: string; page: number; confidence: number }[];
    expect(inReview).toMatchObject({ status: "review", entityCount: 2, orgId: actor.org.id, createdBy: actor.user.id });
    expect(detections.map((d) => [d.type, d.page])).toEqual([
      ["IBAN", 1],
      ["EMAIL", 1],
    ]);

    const reviewed = await reviewRedactionAction({ jobId: inReview.id, approvedIds: detections.map((d) => d.id) });
    expect(reviewed.data).toEqual({ id: inReview.id, approvedCount: 2 });
    await drainJobs();

    const done = await db.redactionJob.findUniqueOrThrow({ where: { id: inReview.id } });
    expect(done.status).toBe("done");
    const redacted = await db.document.findUniqueOrThrow({ where: { id: done.redactedDocumentId! } });
    expect(redacted).toMatchObject({ name: "escrow (redacted).pdf", status: "READY", orgId: actor.org.id, s3Key: done.redactedS3Key });
    const text = (await extractPdfText(await getObjectBytes(redacted.s3Key))).map((p) => p.text).join("\n");
    expect(text).toContain("Escrow: pay");
    expect(text).toContain("Site visit notes");
    expect(text).not.toContain("GB82");
    expect(text).not.toContain("treasury@helios.example");
    const original = await db.documentExtraction.findFirstOrThrow({ where: { documentId } });
    expect(original.content).toContain("treasury@helios.example");
    expect(
      (await db.auditLog.findMany({ where: { orgId: actor.org.id, action: { startsWith: "redaction." } }, orderBy: { timestamp: "asc" } })).map((a) => a.action),
    ).toEqual(["redaction.started", "redaction.analyzed", "redaction.approved", "redaction.applied"]);
  });

  it("ten requests in a row on one file make one job and one analysis", async () => {
    const { actor, documentId } = await uploadedPdf();
    const started = await Promise.all(Array.from({ length: 10 }, () => startRedactionAction({ documentId })));
    expect(new Set(started.map((result) => result.data?.id)).size).toBe(1);
    await drainJobs();
    expect(await db.redactionJob.count({ where: { documentId } })).toBe(1);
    expect(await db.jobRun.count({ where: { orgId: actor.org.id, jobId: "dataroom-analyze-redaction" } })).toBe(1);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id, action: "redaction.started" } })).toBe(1);
  });

  it("a redaction whose job gave up ends failed with the reason, and a retry puts it back to work", async () => {
    const { actor, documentId } = await uploadedPdf();
    const job = (await startRedactionAction({ documentId })).data!;
    const { failRedactionJob } = await import("@/lib/dataroom/redaction/fail-redaction-job");
    expect(await failRedactionJob(actor.org.id, job.id, "it took longer than 10 minutes, the limit for this kind of work")).toBe(true);
    expect(await db.redactionJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "failed",
      errorMessage: "it took longer than 10 minutes, the limit for this kind of work",
    });
    expect(await failRedactionJob(actor.org.id, job.id, "again")).toBe(false);
  });

  it("refuses a review outside the review step or with unknown ids", async () => {
    const { documentId } = await uploadedPdf();
    const job = (await startRedactionAction({ documentId })).data!;
    await drainJobs();
    expect((await reviewRedactionAction({ jobId: job.id, approvedIds: ["0123456789abcdef"] })).serverError?.code).toBe("VALIDATION");
    expect((await reviewRedactionAction({ jobId: job.id, approvedIds: [] })).serverError?.message).toMatch(/Approve at least one/);
    expect((await db.redactionJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("review");
  });

  it("answers another org with NOT_FOUND on start and review, changing nothing", async () => {
    const { documentId } = await uploadedPdf();
    const job = (await startRedactionAction({ documentId })).data!;
    await drainJobs();
    const before = await db.redactionJob.findUniqueOrThrow({ where: { id: job.id } });
    signedIn = await createTenant({ role: "admin" });
    expect((await startRedactionAction({ documentId })).serverError?.code).toBe("NOT_FOUND");
    const ids = (before.detectedEntities as { id: string }[]).map((d) => d.id);
    expect((await reviewRedactionAction({ jobId: job.id, approvedIds: ids })).serverError?.code).toBe("NOT_FOUND");
    expect(await db.redactionJob.findUniqueOrThrow({ where: { id: job.id } })).toEqual(before);
    expect(await db.redactionJob.count({ where: { orgId: signedIn.org.id } })).toBe(0);
  });
});
