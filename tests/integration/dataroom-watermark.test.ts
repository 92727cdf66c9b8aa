import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createUser } from "@/prisma/factories";
import { pdfWithPages } from "../support/dataroom-fixtures";
import { downloadRequest, useTestStorage, uploadRequest } from "../support/dataroom-routes";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";
import { drainJobs } from "../support/job-worker";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/auth/request-meta", async (original) => ({
  ...(await original<object>()),
  getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "action-test" }),
}));

const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { GET: download } = await import("@/app/api/dataroom/documents/[documentId]/download/route");
const { setDocumentWatermarkAction } = await import("@/lib/dataroom/actions");
const { extractPdfText } = await import("@/lib/dataroom/extraction/extract-pdf-text");

useTestStorage();

async function uploaded(query: Record<string, string>, bytes: Uint8Array) {
  const response = await upload(uploadRequest(query, bytes));
  expect(response.status).toBe(201);
  const { document } = (await response.json()) as { document: { id: string } };
  await drainJobs();
  return document.id;
}

/** An analyst's project with a two-version PDF uploaded without a watermark. */
async function pdfChain() {
  const actor = await createTenant({ role: "analyst" });
  const project = await createTenantProject(actor);
  signedIn = actor;
  const v1 = await uploaded({ fileName: "ic-memo.pdf", projectId: project.id }, await pdfWithPages(["Memo, first draft"]));
  const v2 = await uploaded({ fileName: "ic-memo.pdf", parentDocumentId: v1 }, await pdfWithPages(["Memo, final"]));
  return { actor, project, v1, v2 };
}

const flags = async (...ids: string[]) =>
  (await db.document.findMany({ where: { id: { in: ids } }, orderBy: { version: "asc" }, select: { watermarkEnabled: true } })).map((d) => d.watermarkEnabled);

const downloadText = async (documentId: string) => {
  const response = await download(downloadRequest(documentId), { params: Promise.resolve({ documentId }) });
  expect(response.status).toBe(200);
  return (await extractPdfText(new Uint8Array(await response.arrayBuffer()))).map((p) => p.text).join("\n");
};

describe("watermarking an existing document", { timeout: 120_000 }, () => {
  it("turns it on for every version of the chain, audited, and downloads carry the stamp from then on", async () => {
    const { actor, v1, v2 } = await pdfChain();
    expect(await downloadText(v1)).not.toContain(actor.user.email);

    const on = await setDocumentWatermarkAction({ documentId: v2, enabled: true });
    expect(on.data).toEqual({ id: v2, watermarkEnabled: true, versions: 2 });
    expect(await flags(v1, v2)).toEqual([true, true]);
    expect(await downloadText(v1)).toContain(actor.user.email);
    expect(await downloadText(v2)).toContain(actor.user.email);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "document.watermark_enabled" } });
    expect(audit).toMatchObject({ userId: actor.user.id, entityType: "Document", entityId: v2 });
    expect(audit.changes).toMatchObject({ before: { watermarkEnabled: false }, after: { watermarkEnabled: true, versionIds: [v2, v1] } });

    // Named by its older version, the chain is still switched as one.
    const off = await setDocumentWatermarkAction({ documentId: v1, enabled: false });
    expect(off.data).toMatchObject({ id: v2, watermarkEnabled: false });
    expect(await flags(v1, v2)).toEqual([false, false]);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id, action: "document.watermark_disabled", entityId: v2 } })).toBe(1);
    expect(await downloadText(v2)).not.toContain(actor.user.email);
  });

  it("answers another org with NOT_FOUND and leaves the document and the audit trail alone", async () => {
    const { v1, v2 } = await pdfChain();
    const stranger = await createTenant({ role: "admin" });
    signedIn = stranger;
    const attempt = await setDocumentWatermarkAction({ documentId: v2, enabled: true });
    expect(attempt.serverError?.code).toBe("NOT_FOUND");
    expect(attempt.data).toBeUndefined();
    expect(await flags(v1, v2)).toEqual([false, false]);
    expect(await db.auditLog.count({ where: { orgId: stranger.org.id, action: { startsWith: "document.watermark" } } })).toBe(0);
  });

  it("refuses a viewer, and refuses to switch it on for a file that is not a PDF", async () => {
    const { actor, project, v2 } = await pdfChain();
    const csv = await uploaded({ fileName: "cashflow.csv", projectId: project.id }, new TextEncoder().encode("year,revenue\n2027,1\n"));
    const refused = await setDocumentWatermarkAction({ documentId: csv, enabled: true });
    expect(refused.serverError?.code).toBe("VALIDATION");
    expect(await flags(csv)).toEqual([false]);

    const viewerUser = await createUser(db, { orgId: actor.org.id, role: "viewer" });
    signedIn = { ...actor, user: { id: viewerUser.id, email: viewerUser.email, fullName: viewerUser.fullName, avatarUrl: null }, role: "viewer" };
    const forbidden = await setDocumentWatermarkAction({ documentId: v2, enabled: true });
    expect(forbidden.serverError?.code).toBe("FORBIDDEN");
    expect(await flags(v2)).toEqual([false]);
  });
});
