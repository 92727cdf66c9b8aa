import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getObjectBytes } from "@/lib/storage/objects";
import { generatedBody, pdfWithPages, TINY_PNG, xlsxWithRows } from "../support/dataroom-fixtures";
import { downloadRequest, useTestStorage, uploadRequest } from "../support/dataroom-routes";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";
import { drainJobs } from "../support/job-worker";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);

const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { GET: download } = await import("@/app/api/dataroom/documents/[documentId]/download/route");
const { listDocuments } = await import("@/lib/dataroom/list-documents");
const { listDocumentVersions } = await import("@/lib/dataroom/list-document-versions");
const { deleteDocument } = await import("@/lib/dataroom/delete-document");
const { createFolder } = await import("@/lib/dataroom/create-folder");

useTestStorage();

async function tenantWithProject(role: Actor["role"] = "analyst") {
  const actor = await createTenant({ role });
  const project = await createTenantProject(actor);
  signedIn = actor;
  return { actor, project };
}

async function put(query: Record<string, string | undefined>, body: Uint8Array | ReadableStream<Uint8Array>, length?: number) {
  const response = await upload(uploadRequest(query, body, length));
  return {
    status: response.status,
    json: (await response.json()) as {
      document?: { id: string; status: string; checksumSha256: string };
      error?: { code: string; message: string };
      existingDocument?: { id: string };
    },
  };
}

const get = (documentId: string) => download(downloadRequest(documentId), { params: Promise.resolve({ documentId }) });

// Streams through S3 and the extraction job: slow on a loaded machine, so the budget is generous.
describe("upload route: streamed, checked by content, sized by tier", { timeout: 120_000 }, () => {
  it("streams a generated 6 MB body into S3 with its SHA-256, then the job makes it READY with text", async () => {
    const { actor, project } = await tenantWithProject();
    const size = 6 * 1024 * 1024;
    const prefix = new TextEncoder().encode("Turkana solar yield study\n");
    const { status, json } = await put({ fileName: "yield.txt", projectId: project.id }, generatedBody(prefix, size), size);
    expect(status).toBe(201);
    expect(json.document?.status).toBe("PROCESSING");

    const expected = createHash("sha256");
    const reader = generatedBody(prefix, size).getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) expected.update(r.value);
    const row = await db.document.findUniqueOrThrow({ where: { id: json.document!.id } });
    expect(row).toMatchObject({ checksumSha256: expected.digest("hex"), fileSizeBytes: size, orgId: actor.org.id, fileType: "txt", version: 1 });
    expect(row.s3Key).toMatch(new RegExp(`^orgs/${actor.org.id}/dataroom/[0-9a-f-]{36}\\.txt$`));
    expect((await getObjectBytes(row.s3Key)).length).toBe(size);

    await drainJobs();
    expect((await db.document.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("READY");
    const extraction = await db.documentExtraction.findFirstOrThrow({ where: { documentId: row.id } });
    expect(extraction).toMatchObject({ extractionType: "TEXT", status: "COMPLETED", pageCount: 1 });
    expect(extraction.content?.startsWith("Turkana solar yield study")).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "document.uploaded" } });
    expect(audit).toMatchObject({ entityId: row.id, userId: actor.user.id, ipAddress: "198.51.100.9", userAgent: "dataroom-test" });
  });

  it("refuses a file whose content does not match its extension, storing nothing", async () => {
    const { actor, project } = await tenantWithProject();
    const { status, json } = await put({ fileName: "contract.pdf", projectId: project.id }, TINY_PNG);
    expect(status).toBe(422);
    expect(json.error?.message).toMatch(/named \.pdf but its content is a PNG file/);
    const spreadsheetAsText = await put({ fileName: "notes.txt", projectId: project.id }, await xlsxWithRows([["a"]]));
    expect(spreadsheetAsText.json.error?.message).toMatch(/content is a XLSX file/);
    expect(await db.document.count({ where: { orgId: actor.org.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id } })).toBe(0);
  });

  it("refuses a type outside the allowlist, a zero-byte file and a body without a length", async () => {
    const { actor, project } = await tenantWithProject();
    expect((await put({ fileName: "run.exe", projectId: project.id }, new Uint8Array([0x4d, 0x5a, 1, 2]))).json.error?.message).toMatch(/not an allowed type/);
    expect((await put({ fileName: "empty.pdf", projectId: project.id }, new Uint8Array())).json.error?.message).toMatch(/empty \(0 bytes\)/);
    expect(await db.document.count({ where: { orgId: actor.org.id } })).toBe(0);
  });

  it("refuses a file over the tier limit from its Content-Length, and a body longer than declared while streaming", async () => {
    const { actor, project } = await tenantWithProject();
    await db.organization.update({ where: { id: actor.org.id }, data: { subscriptionTier: "foundation" } });
    const big = 26 * 1024 * 1024;
    const early = await put({ fileName: "huge.txt", projectId: project.id }, generatedBody(new Uint8Array(), 1024), big);
    expect(early.status).toBe(422);
    expect(early.json.error?.message).toMatch(/foundation plan accepts files up to 25 MB/);

    const lying = await put({ fileName: "liar.txt", projectId: project.id }, generatedBody(new Uint8Array(), 300_000), 100_000);
    expect(lying.status).toBe(422);
    expect(await db.document.count({ where: { orgId: actor.org.id } })).toBe(0);
  });

  it("answers a duplicate in the same folder with 409 and the existing document; another folder takes it", async () => {
    const { actor, project } = await tenantWithProject();
    const bytes = await pdfWithPages(["Grid connection agreement"]);
    const first = await put({ fileName: "grid.pdf", projectId: project.id }, bytes);
    const again = await put({ fileName: "grid-copy.pdf", projectId: project.id }, bytes);
    expect(again.status).toBe(409);
    expect(again.json.existingDocument?.id).toBe(first.json.document!.id);
    expect(again.json.error?.message).toMatch(/already in the folder as "grid.pdf"/);
    expect(await db.document.count({ where: { orgId: actor.org.id } })).toBe(1);
    const folder = await createFolder(actor, { room: { kind: "project", id: project.id }, parentFolderId: null, name: "Legal" });
    expect((await put({ fileName: "grid.pdf", projectId: project.id, folderId: folder.id }, bytes)).status).toBe(201);
    await drainJobs();
  });

  it("keeps a version chain: v2 on v1, the list shows v2, history lists both, and v1 still downloads", async () => {
    const { project } = await tenantWithProject();
    const v1Bytes = new TextEncoder().encode("budget v1\n");
    const v1 = await put({ fileName: "budget.csv", projectId: project.id }, v1Bytes);
    const v2 = await put({ fileName: "budget.csv", parentDocumentId: v1.json.document!.id }, new TextEncoder().encode("budget v2\n"));
    expect(v2.status).toBe(201);
    const v2Row = await db.document.findUniqueOrThrow({ where: { id: v2.json.document!.id } });
    expect(v2Row).toMatchObject({ version: 2, parentVersionId: v1.json.document!.id });
    const v3 = await put({ fileName: "budget.csv", parentDocumentId: v1.json.document!.id }, new TextEncoder().encode("budget v3\n"));
    expect(await db.document.findUniqueOrThrow({ where: { id: v3.json.document!.id } })).toMatchObject({ version: 3, parentVersionId: v2Row.id });

    const { documents: listed } = await listDocuments(signedIn!, { kind: "project", id: project.id }, null);
    expect(listed.map((d) => d.version)).toEqual([3]);
    expect((await listDocumentVersions(signedIn!, v1.json.document!.id)).map((d) => d.version)).toEqual([3, 2, 1]);
    await drainJobs();
    const old = await get(v1.json.document!.id);
    expect(old.status).toBe(200);
    expect(Buffer.from(await old.arrayBuffer()).toString()).toBe("budget v1\n");
  });

  it("soft-deletes a document with its versions: gone from the list and the download route", async () => {
    const { actor, project } = await tenantWithProject();
    const created = await put({ fileName: "memo.txt", projectId: project.id }, new TextEncoder().encode("memo"));
    await drainJobs();
    await deleteDocument(actor, created.json.document!.id);
    expect((await listDocuments(actor, { kind: "project", id: project.id }, null)).documents).toEqual([]);
    expect((await get(created.json.document!.id)).status).toBe(404);
    expect(await db.document.findUniqueOrThrow({ where: { id: created.json.document!.id } })).toMatchObject({ isDeleted: true });
    expect(await db.auditLog.count({ where: { orgId: actor.org.id, action: "document.deleted" } })).toBe(1);
  });

  it("refuses a viewer (403) and an analyst filing above their clearance (403)", async () => {
    const { actor, project } = await tenantWithProject("viewer");
    expect((await put({ fileName: "a.txt", projectId: project.id }, new TextEncoder().encode("a"))).status).toBe(403);
    signedIn = { ...actor, role: "analyst" };
    expect((await put({ fileName: "a.txt", projectId: project.id, classification: "TOP_SECRET" }, new TextEncoder().encode("a"))).status).toBe(403);
    expect(await db.document.count({ where: { orgId: actor.org.id } })).toBe(0);
  });
});

describe("a second tenant gets 404 on every data room route, and nothing changes", () => {
  it("cannot upload into, version, or download another org's project and documents", async () => {
    const { actor: owner, project } = await tenantWithProject();
    const created = await put({ fileName: "secret.txt", projectId: project.id }, new TextEncoder().encode("owner's text"));
    await drainJobs();
    const before = await db.document.findMany({ where: { orgId: owner.org.id }, orderBy: { id: "asc" } });

    signedIn = await createTenant({ role: "admin" });
    expect((await put({ fileName: "x.txt", projectId: project.id }, new TextEncoder().encode("x"))).status).toBe(404);
    expect((await put({ fileName: "x.txt", parentDocumentId: created.json.document!.id }, new TextEncoder().encode("x"))).status).toBe(404);
    expect((await get(created.json.document!.id)).status).toBe(404);
    expect(await db.document.findMany({ where: { orgId: owner.org.id }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.document.count({ where: { orgId: signedIn.org.id } })).toBe(0);
    expect(await db.documentAccessLog.count({ where: { documentId: created.json.document!.id } })).toBe(0);
  });
});
