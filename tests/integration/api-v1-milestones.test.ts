import { describe, expect, it } from "vitest";
import { type ApiErrorBody, callApi, issueApiKey, latestAudit } from "../support/api-v1";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: listMilestones, POST: createMilestone } = await import("@/app/api/v1/projects/[projectId]/milestones/route");
const { PATCH: patchMilestone, DELETE: deleteMilestone } = await import("@/app/api/v1/projects/[projectId]/milestones/[milestoneId]/route");

type Milestone = { id: string; name: string; status: string; recordedStatus: string; completionPct: number; completedDate: string | null; orderIndex: number };
const financialClose = { name: "Financial close", targetDate: "2030-06-30", status: "NOT_STARTED", completionPct: 0 };

async function setUp() {
  const ally = await createTenant({ type: "ALLY" });
  const project = await createTenantProject(ally, { name: "Garissa Solar" });
  const key = await issueApiKey(ally, ["projects:read", "projects:write"]);
  const at = (projectId = project.id) => ({ key, path: `/projects/${projectId}/milestones`, params: { projectId } });
  return { ally, project, key, at };
}

describe("milestones through /api/v1", () => {
  it("adds milestones at the end, lists them in order, and audits each as the API key", async () => {
    const { ally, project, at } = await setUp();
    const first = await callApi<{ data: Milestone }>(createMilestone, "POST", { ...at(), json: financialClose });
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ name: "Financial close", status: "NOT_STARTED", orderIndex: 0 });
    await callApi(createMilestone, "POST", { ...at(), json: { ...financialClose, name: "COD", targetDate: "2031-01-15" } });
    const listed = await callApi<{ data: Milestone[] }>(listMilestones, "GET", at());
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((m) => [m.name, m.orderIndex])).toEqual([
      ["Financial close", 0],
      ["COD", 1],
    ]);
    expect(await db.projectMilestone.count({ where: { projectId: project.id } })).toBe(2);
    expect(await latestAudit(ally.org.id, "milestone.created")).toMatchObject({ userId: null, actor: { kind: "api-key" } });
  });

  it("patches only the fields sent, judging status and completion together as the form does", async () => {
    const { ally, at } = await setUp();
    const created = (await callApi<{ data: Milestone }>(createMilestone, "POST", { ...at(), json: financialClose })).body.data;
    const patch = (json: unknown) =>
      callApi<{ data: Milestone } & ApiErrorBody>(patchMilestone, "PATCH", {
        ...at(),
        path: `${at().path}/${created.id}`,
        params: { ...at().params, milestoneId: created.id },
        json,
      });

    const half = await patch({ completionPct: 50 });
    expect(half.status).toBe(422);
    expect(half.body.error.details?.fieldErrors).toEqual({ completionPct: ["A milestone that has not started is 0% complete: choose In progress."] });

    const done = await patch({ status: "COMPLETED", completionPct: 100 });
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({ name: "Financial close", recordedStatus: "COMPLETED", completionPct: 100 });
    expect(done.body.data.completedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const audit = await latestAudit(ally.org.id, "milestone.updated");
    expect(audit).toMatchObject({ entityId: created.id, actor: { kind: "api-key" }, changes: { after: { status: "COMPLETED", completionPct: 100 } } });
  });

  it("answers 422 by field, 403 without the scope, and 404 for another org's project or milestone and for an investor's key", async () => {
    const { project, key, at } = await setUp();
    const invalid = await callApi<ApiErrorBody>(createMilestone, "POST", { ...at(), json: { ...financialClose, name: "", targetDate: "2030-02-30" } });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.error.details?.fieldErrors as object).sort()).toEqual(["name", "targetDate"]);

    const readOnly = await issueApiKey(await createTenant({ type: "ALLY" }), ["projects:read"]);
    const refused = await callApi<ApiErrorBody>(createMilestone, "POST", { ...at(), key: readOnly, json: financialClose });
    expect([refused.status, refused.body.error.details]).toEqual([403, { missingScope: "projects:write" }]);

    const other = await createTenant({ type: "ALLY" });
    const theirs = await createTenantProject(other, { name: "Theirs" });
    const theirMilestone = await db.projectMilestone.create({
      data: { projectId: theirs.id, name: "Theirs", targetDate: new Date("2030-01-01"), status: "NOT_STARTED", completionPct: 0, orderIndex: 0 },
    });
    expect((await callApi(listMilestones, "GET", at(theirs.id))).status).toBe(404);
    expect((await callApi(createMilestone, "POST", { ...at(theirs.id), json: financialClose })).status).toBe(404);
    const mixed = await callApi<ApiErrorBody>(patchMilestone, "PATCH", {
      key,
      path: `/projects/${project.id}/milestones/${theirMilestone.id}`,
      params: { projectId: project.id, milestoneId: theirMilestone.id },
      json: { name: "Renamed by another org" },
    });
    expect(mixed.status).toBe(404);
    expect((await db.projectMilestone.findUniqueOrThrow({ where: { id: theirMilestone.id } })).name).toBe("Theirs");
    expect(await db.projectMilestone.count({ where: { projectId: theirs.id } })).toBe(1);

    const investor = await createTenant({ type: "INVESTOR" });
    const investorKey = await issueApiKey(investor, ["projects:read"]);
    expect((await callApi(listMilestones, "GET", { ...at(), key: investorKey })).status).toBe(404);
  });

  it("deletes a milestone as the app does (audited as the key with what it was); 403 without the scope, 404 for another org's or an investor's key, 409 when archived", async () => {
    const { ally, project, at } = await setUp();
    const created = (await callApi<{ data: Milestone }>(createMilestone, "POST", { ...at(), json: financialClose })).body.data;
    const remove = (key: string, projectId = project.id, milestoneId = created.id) =>
      callApi<{ data: { id: string } } & ApiErrorBody>(deleteMilestone, "DELETE", {
        key,
        path: `/projects/${projectId}/milestones/${milestoneId}`,
        params: { projectId, milestoneId },
      });

    const readOnly = await remove(await issueApiKey(ally, ["projects:read"]));
    expect([readOnly.status, readOnly.body.error.details]).toEqual([403, { missingScope: "projects:write" }]);
    const stranger = await createTenant({ type: "ALLY" });
    expect((await remove(await issueApiKey(stranger, ["projects:write"]))).status).toBe(404);
    const theirProject = await createTenantProject(stranger, { name: "Stranger's" });
    expect((await remove(at().key, theirProject.id)).status).toBe(404);
    expect((await remove(await issueApiKey(await createTenant({ type: "INVESTOR" }), ["projects:write"]))).status).toBe(404);
    expect(await db.projectMilestone.count({ where: { id: created.id } })).toBe(1);

    await db.project.update({ where: { id: project.id }, data: { status: "ARCHIVED" } });
    expect((await remove(at().key)).status).toBe(409);
    await db.project.update({ where: { id: project.id }, data: { status: "DRAFT" } });

    const removed = await remove(at().key);
    expect([removed.status, removed.body.data]).toEqual([200, { id: created.id }]);
    expect(await db.projectMilestone.count({ where: { id: created.id } })).toBe(0);
    const audit = await latestAudit(ally.org.id, "milestone.deleted");
    expect(audit).toMatchObject({ entityId: created.id, userId: null, actor: { kind: "api-key" }, changes: { before: { name: "Financial close" } } });
    expect((await remove(at().key)).status).toBe(404);
  });
});
