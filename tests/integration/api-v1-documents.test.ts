import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { uploadParamsSchema } from "@/lib/dataroom/schemas";
import { uploadDocument } from "@/lib/dataroom/upload-document";
import { type ApiErrorBody, callApi, issueApiKey } from "../support/api-v1";
import { pdfWithPages } from "../support/dataroom-fixtures";
import { useTestStorage } from "../support/dataroom-routes";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: listDocuments } = await import("@/app/api/v1/projects/[projectId]/documents/route");
const { GET: getDocument } = await import("@/app/api/v1/documents/[documentId]/route");
const { GET: downloadDocument } = await import("@/app/api/v1/documents/[documentId]/download/route");

type Document = { id: string; name: string; classification: string | null; version: number };
type Page = { data: Document[]; nextCursor: string | null };
type Download = { data: { url: string; expiresAt: string; name: string; mimeType: string; sizeBytes: number } };

useTestStorage();

/** Stored as the app's upload route stores it. */
async function upload(actor: Actor, query: Record<string, string>, bytes: Uint8Array) {
  const params = uploadParamsSchema.parse(query);
  return uploadDocument(actor, params, new Blob([bytes as BlobPart]).stream(), bytes.length);
}

async function setUp() {
  const ally = await createTenant({ type: "ALLY" });
  const project = await createTenantProject(ally, { name: "Garissa Solar" });
  const pdf = new Uint8Array(await pdfWithPages(["Teaser"]));
  // Each file its own bytes: the same bytes twice in one folder are refused as a duplicate.
  const at = async (classification: string, name: string, extra: Record<string, string> = {}) =>
    upload(ally, { fileName: name, projectId: project.id, classification, ...extra }, name === "Teaser.pdf" ? pdf : new Uint8Array(await pdfWithPages([name])));
  const open = await at("PUBLIC", "Teaser.pdf");
  const confidential = await at("CONFIDENTIAL", "Financial model.pdf");
  const restricted = await at("RESTRICTED", "Term sheet.pdf");
  const watermarked = await at("PUBLIC", "Watermarked.pdf", { watermark: "true" });
  return { ally, project, pdf, open, confidential, restricted, watermarked };
}

describe("documents through /api/v1", () => {
  it("lists a project's documents by page, as far as the key's clearance goes (read: viewer, write: analyst)", async () => {
    const { ally, project, open, confidential, watermarked } = await setUp();
    const readKey = await issueApiKey(ally, ["documents:read"]);
    const writeKey = await issueApiKey(ally, ["documents:read", "documents:write"]);
    const names = async (key: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const { status, body }: { status: number; body: Page } = await callApi<Page>(listDocuments, "GET", {
          key,
          path: `/projects/${project.id}/documents?limit=1${cursor ? `&cursor=${cursor}` : ""}`,
          params: { projectId: project.id },
        });
        expect(status).toBe(200);
        seen.push(...body.data.map((d) => d.name));
        cursor = body.nextCursor;
      } while (cursor);
      return seen.sort();
    };
    expect(await names(readKey)).toEqual([open.name, watermarked.name].sort());
    expect(await names(writeKey)).toEqual([open.name, confidential.name, watermarked.name].sort());

    const one = await callApi<{ data: Document }>(getDocument, "GET", { key: readKey, path: `/documents/${open.id}`, params: { documentId: open.id } });
    expect(one.body.data).toMatchObject({ id: open.id, name: "Teaser.pdf", classification: "PUBLIC", version: 1 });
    const hidden = await callApi<ApiErrorBody>(getDocument, "GET", { key: readKey, path: `/documents/${confidential.id}`, params: { documentId: confidential.id } });
    expect([hidden.status, hidden.body.error.message]).toEqual([404, "Document not found."]);
  });

  it("hands out a short-lived URL to the file, logged as a download by the key; refuses a per-person watermark and a RESTRICTED file", async () => {
    const { ally, pdf, open, restricted, watermarked } = await setUp();
    const key = await issueApiKey(ally, ["documents:read", "documents:write"]);
    const download = (documentId: string) =>
      callApi<Download & ApiErrorBody>(downloadDocument, "GET", { key, path: `/documents/${documentId}/download`, params: { documentId } });

    const { status, body } = await download(open.id);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ name: "Teaser.pdf", mimeType: "application/pdf", sizeBytes: pdf.length });
    expect(new Date(body.data.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const file = await fetch(body.data.url);
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    const apiKey = await db.apiKey.findFirstOrThrow({ where: { orgId: ally.org.id } });
    const logs = await db.documentAccessLog.findMany({ where: { documentId: open.id, action: "DOWNLOADED" } });
    expect(logs.map((log) => [log.userId, log.orgId, (log.metadata as { apiKeyId?: string }).apiKeyId])).toEqual([[null, ally.org.id, apiKey.id]]);

    const stamped = await download(watermarked.id);
    expect([stamped.status, stamped.body.error.code]).toEqual([403, "FORBIDDEN"]);
    expect((await download(restricted.id)).status).toBe(404);
    expect(await db.documentAccessLog.count({ where: { documentId: { in: [watermarked.id, restricted.id] }, action: "DOWNLOADED" } })).toBe(0);
  });

  it("is a 404 for another org's project and document, and a 403 without documents:read", async () => {
    const { open, project } = await setUp();
    const other = await createTenant({ type: "ALLY" });
    const key = await issueApiKey(other, ["documents:read", "documents:write"]);
    expect((await callApi(listDocuments, "GET", { key, path: `/projects/${project.id}/documents`, params: { projectId: project.id } })).status).toBe(404);
    expect((await callApi(getDocument, "GET", { key, path: `/documents/${open.id}`, params: { documentId: open.id } })).status).toBe(404);
    expect((await callApi(downloadDocument, "GET", { key, path: `/documents/${open.id}/download`, params: { documentId: open.id } })).status).toBe(404);
    expect(await db.documentAccessLog.count({ where: { documentId: open.id } })).toBe(0);

    const noScope = await issueApiKey(other, ["projects:read"]);
    const refused = await callApi<ApiErrorBody>(getDocument, "GET", { key: noScope, path: `/documents/${open.id}`, params: { documentId: open.id } });
    expect([refused.status, refused.body.error.details]).toEqual([403, { missingScope: "documents:read" }]);
  });
});
