import { describe, expect, it } from "vitest";
import { TIERS } from "@/lib/access/tiers";
import { type ApiErrorBody, callApi, issueApiKey, latestAudit } from "../support/api-v1";
import { pdfWithPages } from "../support/dataroom-fixtures";
import { useTestStorage } from "../support/dataroom-routes";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { POST: uploadDocument } = await import("@/app/api/v1/projects/[projectId]/documents/route");

type Uploaded = { data: { id: string; name: string; fileType: string; status: string; classification: string | null; uploadedBy: string } };

useTestStorage();

/** A multipart body as a client library sends it: its bytes, boundary and length. */
async function multipart(fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const encoded = new Request("http://localhost/", { method: "POST", body: form });
  const body = new Uint8Array(await encoded.arrayBuffer());
  return { body, headers: { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length) } };
}

async function setUp(scopes: ("documents:read" | "documents:write")[] = ["documents:read", "documents:write"]) {
  const ally = await createTenant({ type: "ALLY" });
  const project = await createTenantProject(ally, { name: "Garissa Solar" });
  const key = await issueApiKey(ally, scopes);
  const post = async (fields: Record<string, string | File>, projectId = project.id) =>
    callApi<Uploaded & ApiErrorBody>(uploadDocument, "POST", { key, path: `/projects/${projectId}/documents`, params: { projectId }, ...(await multipart(fields)) });
  return { ally, project, key, post };
}

const pdfFile = async (name: string, text = name) => new File([new Uint8Array(await pdfWithPages([text]))], name, { type: "application/octet-stream" });

describe("POST /api/v1/projects/{projectId}/documents", () => {
  it("stores the file as the app's upload does (type from the bytes, PROCESSING, audited as the key, filed under the key's creator)", async () => {
    const { ally, project, post } = await setUp();
    const file = await pdfFile("grid-study.bin", "Grid study");
    const { status, body } = await post({ file, fileName: "Grid study.pdf", classification: "CONFIDENTIAL" });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({ name: "Grid study.pdf", fileType: "pdf", status: "PROCESSING", classification: "CONFIDENTIAL", uploadedBy: ally.user.id });
    const row = await db.document.findUniqueOrThrow({ where: { id: body.data.id } });
    expect([row.orgId, row.projectId, row.folderId]).toEqual([ally.org.id, project.id, null]);
    expect(await latestAudit(ally.org.id, "document.uploaded")).toMatchObject({ entityId: body.data.id, userId: null, actor: { kind: "api-key" } });

    // The same bytes again (a PDF made anew would differ in its creation time).
    const again = await post({ file: new File([await file.arrayBuffer()], "copy.pdf") });
    expect([again.status, again.body.error.code]).toEqual([409, "CONFLICT"]);
  });

  it("under an Idempotency-Key, stores a retried upload once and answers the retry with the first answer", async () => {
    const { ally, project } = await setUp();
    const key = await issueApiKey(ally, ["documents:write"]);
    const { body, headers } = await multipart({ file: await pdfFile("Lease.pdf") });
    const send = () =>
      callApi<Uploaded>(uploadDocument, "POST", {
        key,
        path: `/projects/${project.id}/documents`,
        params: { projectId: project.id },
        body,
        headers: { ...headers, "idempotency-key": "lease-upload-1" },
      });
    const first = await send();
    expect(first.status).toBe(201);
    const retry = await send();
    expect([retry.status, retry.response.headers.get("idempotent-replayed"), retry.body.data.id]).toEqual([201, "true", first.body.data.id]);
    expect(await db.document.count({ where: { orgId: ally.org.id } })).toBe(1);
  });

  it("refuses a missing file part and a classification above the key's clearance with the field, a body over the plan's limit unread; stores nothing", async () => {
    const { ally, post } = await setUp();
    const missing = await post({ fileName: "nothing.pdf" });
    expect([missing.status, Object.keys(missing.body.error.details?.fieldErrors as object)]).toEqual([422, ["file"]]);
    const above = await post({ file: await pdfFile("Term sheet.pdf"), classification: "RESTRICTED" });
    expect([above.status, above.body.error.code]).toEqual([403, "FORBIDDEN"]);
    const badField = await post({ file: await pdfFile("Odd.pdf"), classification: "SECRETISH" });
    expect([badField.status, Object.keys(badField.body.error.details?.fieldErrors as object)]).toEqual([422, ["classification"]]);

    const org = await db.organization.findUniqueOrThrow({ where: { id: ally.org.id } });
    const tooBig = TIERS[org.subscriptionTier].maxUploadBytes + 10 * 1024 * 1024;
    const { body, headers } = await multipart({ file: await pdfFile("Huge.pdf") });
    const key = await issueApiKey(ally, ["documents:write"]);
    const project = await db.project.findFirstOrThrow({ where: { orgId: ally.org.id } });
    const huge = await callApi<ApiErrorBody>(uploadDocument, "POST", {
      key,
      path: `/projects/${project.id}/documents`,
      params: { projectId: project.id },
      body,
      headers: { ...headers, "content-length": String(tooBig) },
    });
    expect(huge.status).toBe(422);
    expect(huge.body.error.message).toContain("plan accepts files up to");
    expect(await db.document.count({ where: { orgId: ally.org.id } })).toBe(0);
  });

  it("is a 404 for another org's project and a 403 without documents:write", async () => {
    const { project } = await setUp();
    const other = await setUp();
    const foreign = await other.post({ file: await pdfFile("Intrusion.pdf") }, project.id);
    expect(foreign.status).toBe(404);
    const readOnly = await setUp(["documents:read"]);
    const refused = await readOnly.post({ file: await pdfFile("Nope.pdf") });
    expect([refused.status, refused.body.error.details]).toEqual([403, { missingScope: "documents:write" }]);
    expect(await db.document.count({ where: { projectId: { in: [project.id, readOnly.project.id] } } })).toBe(0);
  });
});
