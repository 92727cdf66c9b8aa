import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { DocumentClassification } from "@/lib/db/generated/client";
import { extractPdfText } from "@/lib/dataroom/extraction/extract-pdf-text";
import { signShareToken, verifyShareToken } from "@/lib/dataroom/share/share-token";
import { putObject } from "@/lib/storage/objects";
import { pdfWithPages } from "../support/dataroom-fixtures";
import { useTestStorage } from "../support/dataroom-routes";
import { useTestSession } from "../support/mock-session";
import { ownerDb } from "../support/owner-db";
import { createTenant, createTenantProject, db } from "../support/test-db";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", async (original) => ({
  ...(await original<object>()),
  getRequestMeta: async () => ({ ipAddress: "198.51.100.23", userAgent: "share-test-browser" }),
}));

const { createShareLinkAction } = await import("@/lib/dataroom/share/actions");
const { GET: downloadShared } = await import("@/app/api/dataroom/shared/[token]/download/route");
const { default: SharedDocumentPage } = await import("@/app/shared/[token]/page");
const { openShareLink } = await import("@/lib/dataroom/share/open-share-link");
const { deleteDocument } = await import("@/lib/dataroom/delete-document");
const { listAccessLogs } = await import("@/lib/dataroom/list-access-logs");

useTestStorage();
beforeEach(() => {
  signedIn = null;
});

type StoredFile = { name?: string; bytes?: Buffer; classification?: DocumentClassification | null; watermark?: boolean; parentVersionId?: string; version?: number };

/** A READY document whose bytes really are in storage, as an upload leaves it. */
async function storedDocument(actor: Actor, projectId: string, file: StoredFile = {}) {
  const name = file.name ?? "Grid study.pdf";
  const bytes = file.bytes ?? (await pdfWithPages(["Grid connection study", "Curtailment terms"]));
  const s3Key = `orgs/${actor.org.id}/dataroom/${randomUUID()}.pdf`;
  await putObject(s3Key, bytes, "application/pdf", bytes.length);
  return db.document.create({
    data: {
      orgId: actor.org.id,
      projectId,
      name,
      fileType: "pdf",
      mimeType: "application/pdf",
      s3Key,
      s3Bucket: process.env.S3_BUCKET!,
      fileSizeBytes: bytes.length,
      status: "READY",
      uploadedBy: actor.user.id,
      checksumSha256: "c".repeat(64),
      classification: file.classification === undefined ? "CONFIDENTIAL" : file.classification,
      watermarkEnabled: file.watermark ?? false,
      version: file.version ?? 1,
      parentVersionId: file.parentVersionId,
    },
  });
}

async function analystWithDocument(file: StoredFile = {}) {
  const actor = await createTenant({ role: "analyst" });
  const project = await createTenantProject(actor);
  const document = await storedDocument(actor, project.id, file);
  signedIn = actor;
  return { actor, project, document };
}

async function share(documentId: string, input: { recipientEmail?: string; note?: string; expiresIn?: "1h" | "24h" | "3d" | "7d" } = {}) {
  const result = await createShareLinkAction({ documentId, recipientEmail: input.recipientEmail ?? "lender@bank.example", note: input.note, expiresIn: input.expiresIn });
  expect(result.serverError).toBeUndefined();
  const token = result.data!.path.replace(/^\/shared\//, "");
  return { ...result.data!, token };
}

// 10.0.0.1 is our own load balancer, so the recipient is the address it saw (lib/auth/trusted-proxies.ts).
process.env.TRUSTED_PROXIES = "10.0.0.0/8";
const sharedRequest = (token: string) =>
  new Request(`http://localhost/api/dataroom/shared/${token}/download`, { headers: { "user-agent": "outside-browser", "x-forwarded-for": "192.0.2.44, 10.0.0.1" } });
const download = (token: string) => downloadShared(sharedRequest(token), { params: Promise.resolve({ token }) });
const anonymousRows = (documentId: string) => db.documentAccessLog.findMany({ where: { documentId, userId: null }, orderBy: { createdAt: "asc" } });
const recipient = { ipAddress: "192.0.2.44", userAgent: "outside-browser" };

describe("creating a share link", () => {
  it("logs SHARED with who, where from and the recipient, and audits it, in one go; the link carries that row", async () => {
    const { actor, document } = await analystWithDocument();
    const before = Date.now();
    const link = await share(document.id, { recipientEmail: "  Lender@Bank.Example ", note: "For the credit committee", expiresIn: "3d" });

    expect(link.recipientEmail).toBe("lender@bank.example");
    const expiresAt = new Date(link.expiresAt).getTime();
    expect(expiresAt - before).toBeGreaterThanOrEqual(3 * 86_400_000 - 1000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(3 * 86_400_000);

    const rows = await db.documentAccessLog.findMany({ where: { documentId: document.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "SHARED", orgId: actor.org.id, userId: actor.user.id, ipAddress: "198.51.100.23", userAgent: "share-test-browser" });
    expect(rows[0]!.metadata).toEqual({ recipientEmail: "lender@bank.example", expiresAt: link.expiresAt, note: "For the credit committee", version: 1 });

    const audit = await db.auditLog.findMany({ where: { orgId: actor.org.id, action: "document.shared" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: actor.user.id, entityType: "Document", entityId: document.id, ipAddress: "198.51.100.23" });
    expect(audit[0]!.changes).toMatchObject({ after: { recipientEmail: "lender@bank.example", accessLogId: rows[0]!.id } });

    expect(verifyShareToken(link.token)).toMatchObject({ documentId: document.id, orgId: actor.org.id, sharedLogId: rows[0]!.id, recipientEmail: "lender@bank.example" });
  });

  it("answers another org's document with NOT_FOUND and writes nothing", async () => {
    const { document } = await analystWithDocument();
    signedIn = await createTenant({ role: "admin" });
    const result = await createShareLinkAction({ documentId: document.id, recipientEmail: "lender@bank.example" });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    expect(await db.documentAccessLog.count({ where: { documentId: document.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: signedIn.org.id, action: "document.shared" } })).toBe(0);
  });

  it("refuses restricted and top-secret documents, even to the admin who may see them", async () => {
    for (const classification of ["RESTRICTED", "TOP_SECRET"] as const) {
      const { actor, document } = await analystWithDocument({ classification });
      signedIn = { ...actor, role: "admin" };
      const result = await createShareLinkAction({ documentId: document.id, recipientEmail: "lender@bank.example" });
      expect(result.serverError).toEqual({ code: "FORBIDDEN", message: "Restricted and top-secret documents cannot be shared by link." });
      expect(await db.documentAccessLog.count({ where: { documentId: document.id } })).toBe(0);
    }
  });

  it("shares public and unclassified documents; a viewer may not share at all", async () => {
    for (const classification of ["PUBLIC", null] as const) {
      const { document } = await analystWithDocument({ classification });
      expect((await share(document.id)).path).toMatch(/^\/shared\//);
    }
    const { actor, document } = await analystWithDocument({ classification: "PUBLIC" });
    signedIn = { ...actor, role: "viewer" };
    expect((await createShareLinkAction({ documentId: document.id, recipientEmail: "lender@bank.example" })).serverError?.code).toBe("FORBIDDEN");
  });

  it("rejects a bad email, an expiry beyond a week and an overlong note with field errors", async () => {
    const { document } = await analystWithDocument();
    const result = await createShareLinkAction({ documentId: document.id, recipientEmail: "not-an-email", note: "x".repeat(501), expiresIn: "30d" as "7d" });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["expiresIn", "note", "recipientEmail"]);
    expect(await db.documentAccessLog.count({ where: { documentId: document.id } })).toBe(0);
  });

  it("defaults to 24 hours", async () => {
    const { document } = await analystWithDocument();
    const link = await share(document.id);
    expect(Math.round((new Date(link.expiresAt).getTime() - Date.now()) / 60_000)).toBe(24 * 60);
  });
});

describe("opening and downloading a share link", () => {
  it("streams an unwatermarked file unchanged and logs DOWNLOADED with no user, the document's org and the recipient", async () => {
    const bytes = await pdfWithPages(["Unchanged bytes"]);
    const { actor, document } = await analystWithDocument({ bytes, classification: "PUBLIC" });
    const link = await share(document.id);
    const sharedLogId = verifyShareToken(link.token)!.sharedLogId;
    signedIn = null;

    const response = await download(link.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain('attachment; filename="Grid study.pdf"');
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);

    const [row, ...more] = await anonymousRows(document.id);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({ action: "DOWNLOADED", orgId: actor.org.id, userId: null, ...recipient });
    expect(row!.metadata).toEqual({ via: "share-link", sharedLogId, recipientEmail: "lender@bank.example", version: 1, watermarked: false });
  });

  it("watermarks a PDF with the recipient's email, the sharing org and the time", async () => {
    const { actor, document } = await analystWithDocument({ watermark: true });
    const link = await share(document.id, { recipientEmail: "analyst@fund.example" });
    const response = await download(link.token);
    expect(response.status).toBe(200);
    const pages = await extractPdfText(new Uint8Array(await response.arrayBuffer()));
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page.text).toContain("analyst@fund.example");
      expect(page.text).toContain(`shared by ${actor.org.name}`);
      expect(page.text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    }
    expect(pages[0]!.text).toContain("Grid connection study");
    expect((await anonymousRows(document.id))[0]!.metadata).toMatchObject({ watermarked: true, recipientEmail: "analyst@fund.example" });
  });

  it("opens the landing page as VIEWED, anonymously, with what the recipient needs and nothing more", async () => {
    const { actor, document } = await analystWithDocument({ watermark: true });
    const link = await share(document.id);
    const shared = await openShareLink(link.token, recipient);
    expect(shared).toEqual({
      name: "Grid study.pdf",
      fileType: "pdf",
      sizeBytes: document.fileSizeBytes,
      version: 1,
      sharerOrgName: actor.org.name,
      recipientEmail: "lender@bank.example",
      expiresAt: link.expiresAt,
      watermarked: true,
      downloadable: true,
    });
    const [row] = await anonymousRows(document.id);
    expect(row).toMatchObject({ action: "VIEWED", userId: null, orgId: actor.org.id, ...recipient });
    expect(row!.metadata).toMatchObject({ via: "share-link", recipientEmail: "lender@bank.example", version: 1 });

    await expect(SharedDocumentPage({ params: Promise.resolve({ token: link.token }) })).resolves.toBeTruthy();
    expect((await anonymousRows(document.id)).map((r) => r.action)).toEqual(["VIEWED", "VIEWED"]);
  });

  it("serves the exact version shared, even after a newer one is uploaded", async () => {
    const { actor, project, document: first } = await analystWithDocument({ bytes: await pdfWithPages(["Version one text"]) });
    const link = await share(first.id);
    await storedDocument(actor, project.id, { bytes: await pdfWithPages(["Version two text"]), parentVersionId: first.id, version: 2 });
    const pages = await extractPdfText(new Uint8Array(await (await download(link.token)).arrayBuffer()));
    expect(pages[0]!.text).toContain("Version one text");
  });
});

describe("dead links", () => {
  async function expectDead(token: string, documentId: string) {
    const response = await download(token);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "This link has expired or is no longer valid." } });
    await expect(openShareLink(token, recipient)).rejects.toMatchObject({ code: "NOT_FOUND", message: "This link has expired or is no longer valid." });
    await expect(SharedDocumentPage({ params: Promise.resolve({ token }) })).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    expect(await anonymousRows(documentId)).toEqual([]);
  }

  it("refuses a forged, a tampered and an expired token, with no access logged", async () => {
    const { actor, document } = await analystWithDocument();
    const link = await share(document.id, { expiresIn: "1h" });
    const claims = verifyShareToken(link.token)!;

    const [payload, signature] = link.token.split(".");
    const bytes = Buffer.from(payload!, "base64url");
    bytes[bytes.length - 1] ^= 0x02;
    await expectDead(`${bytes.toString("base64url")}.${signature}`, document.id);

    const secret = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "a-forger-who-guessed-wrong-a-forger-who-guessed-wrong";
    const forged = signShareToken({ ...claims, expiresAt: new Date(Date.now() + 86_400_000 * 365) });
    process.env.AUTH_SECRET = secret;
    await expectDead(forged, document.id);

    const expired = signShareToken({ ...claims, expiresAt: new Date(Date.now() - 1000) });
    await expectDead(expired, document.id);
    await expect(openShareLink(link.token, recipient)).resolves.toMatchObject({ sharerOrgName: actor.org.name });
  });

  it("kills the link when the document is deleted", async () => {
    const { actor, document } = await analystWithDocument();
    const link = await share(document.id);
    expect((await download(link.token)).status).toBe(200);
    await deleteDocument(actor, document.id);
    await ownerDb().documentAccessLog.deleteMany({ where: { documentId: document.id, userId: null } });
    await expectDead(link.token, document.id);
  });

  it("kills the link when the document is reclassified as restricted", async () => {
    const { document } = await analystWithDocument();
    const link = await share(document.id);
    await db.document.update({ where: { id: document.id }, data: { classification: "RESTRICTED" } });
    await expectDead(link.token, document.id);
  });

  it("refuses a correctly signed token naming another org, or a SHARED row that was never written", async () => {
    const { document } = await analystWithDocument();
    const link = await share(document.id);
    const claims = verifyShareToken(link.token)!;
    const other = await createTenant();
    await expectDead(signShareToken({ ...claims, orgId: other.org.id }), document.id);
    await expectDead(signShareToken({ ...claims, sharedLogId: randomUUID() }), document.id);
  });
});

describe("the access log", () => {
  it("lists the SHARED row with its recipient and the anonymous rows as the link's recipient", async () => {
    const { actor, project, document } = await analystWithDocument();
    const link = await share(document.id, { recipientEmail: "lender@bank.example" });
    await openShareLink(link.token, recipient);
    await download(link.token);
    const rows = await listAccessLogs({ ...actor, role: "manager" }, { kind: "project", id: project.id }, {});
    expect(rows.map((r) => [r.action, r.userId, r.userEmail, r.recipientEmail])).toEqual([
      ["DOWNLOADED", null, null, "lender@bank.example"],
      ["VIEWED", null, null, "lender@bank.example"],
      ["SHARED", actor.user.id, actor.user.email, "lender@bank.example"],
    ]);
  });
});
