import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { downloadRequest, useTestStorage, uploadRequest } from "../support/dataroom-routes";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";
import { drainJobs } from "../support/job-worker";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);

const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { GET: download } = await import("@/app/api/dataroom/documents/[documentId]/download/route");
const { GET: versions } = await import("@/app/api/dataroom/documents/[documentId]/versions/route");
const { GET: exportCsv } = await import("@/app/api/dataroom/projects/[projectId]/access-log/route");
const { listAccessLogs } = await import("@/lib/dataroom/list-access-logs");

useTestStorage();

async function documentWithViews() {
  const actor = await createTenant({ role: "manager" });
  const project = await createTenantProject(actor);
  signedIn = actor;
  const response = await upload(uploadRequest({ fileName: "=cmd.txt", projectId: project.id }, new TextEncoder().encode("hello")));
  const { document } = (await response.json()) as { document: { id: string } };
  await drainJobs();
  const params = { params: Promise.resolve({ documentId: document.id }) };
  await download(downloadRequest(document.id, true), params);
  await download(downloadRequest(document.id), params);
  return { actor, project, documentId: document.id };
}

const csvRequest = (projectId: string, query = "") => new Request(`http://localhost/api/dataroom/projects/${projectId}/access-log${query}`);

describe("data room access log", () => {
  it("lists views and downloads newest first, filtered by action and date", async () => {
    const { actor, project } = await documentWithViews();
    expect((await listAccessLogs(actor, { kind: "project", id: project.id }, {})).map((r) => r.action)).toEqual(["DOWNLOADED", "VIEWED"]);
    expect((await listAccessLogs(actor, { kind: "project", id: project.id }, { action: "VIEWED" })).map((r) => r.action)).toEqual(["VIEWED"]);
    expect(await listAccessLogs(actor, { kind: "project", id: project.id }, { to: "2020-01-01" })).toEqual([]);
    expect((await listAccessLogs(actor, { kind: "project", id: project.id }, { userId: actor.user.id }))[0]).toMatchObject({
      userEmail: actor.user.email,
      ipAddress: "198.51.100.9",
      userAgent: "dataroom-test",
    });
  });

  it("exports the filtered log as CSV, defusing formula-like cells", async () => {
    const { project } = await documentWithViews();
    const response = await exportCsv(csvRequest(project.id, "?action=DOWNLOADED"), { params: Promise.resolve({ projectId: project.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(",DOWNLOADED,'=cmd.txt,1,");
  });

  it("refuses the export to an analyst (audit.read is for managers)", async () => {
    const { actor, project } = await documentWithViews();
    signedIn = { ...actor, role: "analyst" };
    expect((await exportCsv(csvRequest(project.id), { params: Promise.resolve({ projectId: project.id }) })).status).toBe(403);
  });

  it("answers another org with 404 on the export and the version history, and logs nothing", async () => {
    const { project, documentId } = await documentWithViews();
    const before = await db.documentAccessLog.count({ where: { documentId } });
    signedIn = await createTenant({ role: "admin" });
    expect((await exportCsv(csvRequest(project.id), { params: Promise.resolve({ projectId: project.id }) })).status).toBe(404);
    expect((await versions(downloadRequest(documentId), { params: Promise.resolve({ documentId }) })).status).toBe(404);
    await expect(listAccessLogs(signedIn, { kind: "project", id: project.id }, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.documentAccessLog.count({ where: { documentId } })).toBe(before);
  });
});
