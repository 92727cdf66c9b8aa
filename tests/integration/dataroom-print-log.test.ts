import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", async (original) => ({
  ...(await original<object>()),
  getRequestMeta: async () => ({ ipAddress: "198.51.100.7", userAgent: "print-test" }),
}));

const { recordPrintAction } = await import("@/lib/dataroom/actions");

async function tenantWithPdf(role: "viewer" | "analyst" = "viewer", classification: "RESTRICTED" | null = null) {
  const actor = await createTenant({ role });
  const project = await createTenantProject(actor);
  const document = await db.document.create({
    data: {
      orgId: actor.org.id,
      projectId: project.id,
      name: "term-sheet.pdf",
      fileType: "pdf",
      mimeType: "application/pdf",
      s3Key: `orgs/${actor.org.id}/dataroom/t.pdf`,
      s3Bucket: "test",
      fileSizeBytes: 10,
      status: "READY",
      uploadedBy: actor.user.id,
      checksumSha256: "b".repeat(64),
      classification,
      metadata: { pages: 2 },
    },
  });
  signedIn = actor;
  return { actor, document };
}

const printLogs = (documentId: string) => db.documentAccessLog.findMany({ where: { documentId, action: "PRINTED" } });

describe("print logging through orgActionClient", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("logs PRINTED for a viewer, with who, where from, the page and how it started", async () => {
    const { actor, document } = await tenantWithPdf("viewer");
    const result = await recordPrintAction({ documentId: document.id, page: 2, via: "button" });
    expect(result.serverError).toBeUndefined();
    expect(result.data).toEqual({ documentId: document.id });
    const [log, ...rest] = await printLogs(document.id);
    expect(rest).toHaveLength(0);
    expect(log).toMatchObject({ orgId: actor.org.id, userId: actor.user.id, ipAddress: "198.51.100.7", userAgent: "print-test" });
    expect(log!.metadata).toEqual({ version: 1, via: "button", page: 2 });
  });

  it("logs a print the browser started (Ctrl+P) without a page", async () => {
    const { document } = await tenantWithPdf("analyst");
    expect((await recordPrintAction({ documentId: document.id, via: "browser" })).serverError).toBeUndefined();
    expect((await printLogs(document.id))[0]!.metadata).toEqual({ version: 1, via: "browser" });
  });

  it("answers another org's document with NOT_FOUND and logs nothing", async () => {
    const { document } = await tenantWithPdf();
    signedIn = await createTenant({ role: "manager" });
    expect((await recordPrintAction({ documentId: document.id, via: "button" })).serverError?.code).toBe("NOT_FOUND");
    expect(await printLogs(document.id)).toHaveLength(0);
  });

  it("answers a document above the role's clearance with NOT_FOUND", async () => {
    const { document } = await tenantWithPdf("viewer", "RESTRICTED");
    expect((await recordPrintAction({ documentId: document.id, via: "button" })).serverError?.code).toBe("NOT_FOUND");
    expect(await printLogs(document.id)).toHaveLength(0);
  });

  it("rejects a malformed request with field errors", async () => {
    await tenantWithPdf();
    const result = await recordPrintAction({ documentId: "nope", via: "fax" as "button" });
    expect(result.validationErrors?.fieldErrors.documentId).toBeDefined();
    expect(result.validationErrors?.fieldErrors.via).toBeDefined();
  });
});
