import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { DocumentClassification } from "@/lib/db/generated/client";
import { extractPdfText } from "@/lib/dataroom/extraction/extract-pdf-text";
import { getObjectBytesIfExists, putObject } from "@/lib/storage/objects";
import { pdfWithPages } from "../support/dataroom-fixtures";
import { useTestStorage } from "../support/dataroom-routes";
import { useTestSession } from "../support/mock-session";
import { createTenant, createTenantProject, db } from "../support/test-db";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", async (original) => ({
  ...(await original<object>()),
  getRequestMeta: async () => ({ ipAddress: "198.51.100.23", userAgent: "share-test-browser" }),
}));
// The renderer, counted: a cached download must not call it.
vi.mock("@/lib/dataroom/watermark-pdf", async (original) => {
  const actual = await original<typeof import("@/lib/dataroom/watermark-pdf")>();
  return { ...actual, watermarkPdf: vi.fn(actual.watermarkPdf) };
});

const { watermarkPdf } = await import("@/lib/dataroom/watermark-pdf");
const { createShareLinkAction, revokeShareLinkAction } = await import("@/lib/dataroom/share/actions");
const { listShareLinks } = await import("@/lib/dataroom/share/list-share-links");
const { shareCacheKey } = await import("@/lib/dataroom/share/watermarked-share-copy");
const { GET: downloadShared } = await import("@/app/api/dataroom/shared/[token]/download/route");
const { default: SharedDocumentPage } = await import("@/app/shared/[token]/page");
const { verifyShareToken } = await import("@/lib/dataroom/share/share-token");

useTestStorage();
beforeEach(() => {
  signedIn = null;
  vi.mocked(watermarkPdf).mockClear();
});

async function storedPdf(
  actor: Actor,
  projectId: string,
  options: { watermark?: boolean; classification?: DocumentClassification; version?: number; parentVersionId?: string } = {},
) {
  const bytes = await pdfWithPages(["Grid connection study", "Curtailment terms"]);
  const s3Key = `orgs/${actor.org.id}/dataroom/${randomUUID()}.pdf`;
  await putObject(s3Key, bytes, "application/pdf", bytes.length);
  return db.document.create({
    data: {
      orgId: actor.org.id,
      projectId,
      name: "Grid study.pdf",
      fileType: "pdf",
      mimeType: "application/pdf",
      s3Key,
      s3Bucket: process.env.S3_BUCKET!,
      fileSizeBytes: bytes.length,
      status: "READY",
      uploadedBy: actor.user.id,
      checksumSha256: "d".repeat(64),
      classification: options.classification ?? "CONFIDENTIAL",
      watermarkEnabled: options.watermark ?? true,
      version: options.version ?? 1,
      parentVersionId: options.parentVersionId,
    },
  });
}

async function sharedPdf(options: { watermark?: boolean } = {}) {
  const actor = await createTenant({ role: "analyst" });
  const project = await createTenantProject(actor);
  const document = await storedPdf(actor, project.id, options);
  signedIn = actor;
  const created = await createShareLinkAction({ documentId: document.id, recipientEmail: "lender@bank.example" });
  expect(created.serverError).toBeUndefined();
  const token = created.data!.path.replace(/^\/shared\//, "");
  return { actor, project, document, token, sharedLogId: verifyShareToken(token)!.sharedLogId };
}

const download = (token: string) =>
  downloadShared(new Request(`http://localhost/api/dataroom/shared/${token}/download`, { headers: { "user-agent": "outside-browser" } }), {
    params: Promise.resolve({ token }),
  });
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe("watermarked share-link downloads are built once per link and version", () => {
  it("the second download serves the stored copy: same bytes, renderer not called again, both downloads logged", async () => {
    const { actor, document, token, sharedLogId } = await sharedPdf();

    const first = await download(token);
    expect(first.status).toBe(200);
    const firstBytes = await bytesOf(first);
    expect(vi.mocked(watermarkPdf)).toHaveBeenCalledTimes(1);
    const text = (await extractPdfText(firstBytes.slice())).map((page) => page.text).join("\n");
    expect(text).toContain("lender@bank.example");
    expect(text).toContain(`shared by ${actor.org.name}`);

    const second = await download(token);
    expect(second.status).toBe(200);
    expect(await bytesOf(second)).toEqual(firstBytes);
    expect(vi.mocked(watermarkPdf)).toHaveBeenCalledTimes(1);

    const key = shareCacheKey(document, sharedLogId, {
      name: "Recipient",
      email: "lender@bank.example",
      orgName: `shared by ${actor.org.name}`,
      at: (await db.documentAccessLog.findUniqueOrThrow({ where: { id: sharedLogId } })).createdAt,
    });
    expect(key.startsWith(`orgs/${actor.org.id}/share-cache/${sharedLogId}/${document.id}-`)).toBe(true);
    expect(await getObjectBytesIfExists(key)).toEqual(firstBytes);
    const downloads = await db.documentAccessLog.findMany({ where: { documentId: document.id, action: "DOWNLOADED" } });
    expect(downloads.map((row) => (row.metadata as { watermarked: boolean }).watermarked)).toEqual([true, true]);
  });

  it("another link to the same version gets its own copy, stamped for its own recipient", async () => {
    const { document, token } = await sharedPdf();
    await download(token);
    const other = await createShareLinkAction({ documentId: document.id, recipientEmail: "auditor@firm.example" });
    const otherToken = other.data!.path.replace(/^\/shared\//, "");
    const otherBytes = await bytesOf(await download(otherToken));
    expect(vi.mocked(watermarkPdf)).toHaveBeenCalledTimes(2);
    expect((await extractPdfText(otherBytes.slice())).map((page) => page.text).join("\n")).toContain("auditor@firm.example");
  });

  it("an unwatermarked file streams through without rendering or caching", async () => {
    const { token } = await sharedPdf({ watermark: false });
    expect((await download(token)).status).toBe(200);
    expect((await download(token)).status).toBe(200);
    expect(vi.mocked(watermarkPdf)).not.toHaveBeenCalled();
  });
});

describe("revoking one share link", () => {
  it("the sharer lists the document's links and revokes one: it answers 404 with the dead-link page, the other still works; audited", async () => {
    const { actor, document, token, sharedLogId } = await sharedPdf();
    const keep = await createShareLinkAction({ documentId: document.id, recipientEmail: "auditor@firm.example" });
    const keepToken = keep.data!.path.replace(/^\/shared\//, "");
    await download(token);

    const before = await listShareLinks(actor, document.id);
    expect(before.map((l) => [l.recipientEmail, l.status])).toEqual([
      ["auditor@firm.example", "active"],
      ["lender@bank.example", "active"],
    ]);

    const revoked = await revokeShareLinkAction({ sharedLogId });
    expect(revoked.serverError).toBeUndefined();
    expect(revoked.data?.sharedLogId).toBe(sharedLogId);

    const refused = await download(token);
    expect(refused.status).toBe(404);
    await expect(SharedDocumentPage({ params: Promise.resolve({ token }) })).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    expect((await download(keepToken)).status).toBe(200);

    const after = await listShareLinks(actor, document.id);
    expect(after.find((l) => l.id === sharedLogId)).toMatchObject({ status: "revoked", revokedAt: expect.any(String) });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "document.share_revoked" } });
    expect(audit).toMatchObject({ userId: actor.user.id, entityType: "Document", entityId: document.id });
    expect(audit.changes).toMatchObject({ before: { accessLogId: sharedLogId, recipientEmail: "lender@bank.example" } });
    // The cached copy went with the link.
    const cached = await db.documentAccessLog.findUniqueOrThrow({ where: { id: sharedLogId } });
    const key = shareCacheKey(document, sharedLogId, { name: "Recipient", email: "lender@bank.example", orgName: `shared by ${actor.org.name}`, at: cached.createdAt });
    expect(await getObjectBytesIfExists(key)).toBeNull();

    const again = await revokeShareLinkAction({ sharedLogId });
    expect(again.serverError).toMatchObject({ code: "CONFLICT" });
  });

  it("another org's user cannot revoke (404, nothing written) and the link keeps working; a viewer may not revoke at all", async () => {
    const { actor, token, sharedLogId } = await sharedPdf();
    signedIn = await createTenant({ role: "admin" });
    const foreign = await revokeShareLinkAction({ sharedLogId });
    expect(foreign.serverError).toMatchObject({ code: "NOT_FOUND" });
    signedIn = { ...actor, role: "viewer" };
    const viewer = await revokeShareLinkAction({ sharedLogId });
    expect(viewer.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.documentShareRevocation.count({ where: { sharedLogId } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "document.share_revoked", entityId: { not: null }, orgId: actor.org.id } })).toBe(0);
    expect((await download(token)).status).toBe(200);
  });
});
