import { describe, expect, it } from "vitest";
import { type ApiErrorBody, callApi, issueApiKey, latestAudit } from "../support/api-v1";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { POST: createProject } = await import("@/app/api/v1/projects/route");
const { PATCH: patchProject } = await import("@/app/api/v1/projects/[projectId]/route");

type ProjectBody = { data: { id: string; name: string; slug: string; status: string; capacityMw: string | null; updatedAt: string; technologyDetails: unknown } };

const newProject = {
  name: "Lokichar Solar",
  description: "A 40 MW solar park with storage near Lokichar, Turkana County.",
  projectType: "SOLAR",
  stage: "DEVELOPMENT",
  geographyCountry: "ke",
  geographyRegion: "Turkana",
  totalInvestmentRequired: "42,000,000",
  currency: "usd",
  capacityMw: "40",
};

describe("POST /api/v1/projects", () => {
  it("creates a draft project of the key's org as the form would, audited as the API key", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const key = await issueApiKey(ally, ["projects:write"]);
    const { status, body } = await callApi<ProjectBody>(createProject, "POST", { key, path: "/projects", json: newProject });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({ name: "Lokichar Solar", slug: "lokichar-solar", status: "DRAFT", capacityMw: "40.0000" });
    const row = await db.project.findUniqueOrThrow({ where: { id: body.data.id } });
    expect([row.orgId, row.geographyCountry, row.currency, row.totalInvestmentRequired.toFixed(0)]).toEqual([ally.org.id, "KE", "USD", "42000000"]);
    const audit = await latestAudit(ally.org.id, "project.created");
    expect(audit).toMatchObject({ entityId: body.data.id, userId: null, actor: { kind: "api-key" } });
    const apiKey = await db.apiKey.findFirstOrThrow({ where: { orgId: ally.org.id } });
    expect(audit?.actor?.ref).toBe(apiKey.id);
  });

  it("refuses what the form refuses with 422 and each message under its field, and writes nothing", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const key = await issueApiKey(ally, ["projects:write"]);
    const invalid = { ...newProject, name: "X", latitude: 1.5, technologyDetails: { dcAcRatio: 9 } };
    const { status, body } = await callApi<ApiErrorBody>(createProject, "POST", { key, path: "/projects", json: invalid });
    expect(status).toBe(422);
    const fieldErrors = body.error.details?.fieldErrors as Record<string, string[]>;
    expect(fieldErrors.name).toEqual(["Name must be at least 3 characters."]);
    expect(fieldErrors["technologyDetails.dcAcRatio"]).toEqual(["DC/AC ratio must be at most 3."]);
    expect(await db.project.count({ where: { orgId: ally.org.id } })).toBe(0);

    const taken = await createTenantProject(ally, { name: "Taken", slug: "taken-slug" });
    const clash = await callApi<ApiErrorBody>(createProject, "POST", { key, path: "/projects", json: { ...newProject, slug: taken.slug } });
    expect(clash.status).toBe(422);
    expect(Object.keys(clash.body.error.details?.fieldErrors as object)).toEqual(["slug"]);
  });

  it("needs projects:write (403 naming it), and is a 404 to an investor's key: only developers have projects", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const readOnly = await callApi<ApiErrorBody>(createProject, "POST", { key: await issueApiKey(ally, ["projects:read"]), path: "/projects", json: newProject });
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.error.details).toEqual({ missingScope: "projects:write" });

    const investor = await createTenant({ type: "INVESTOR" });
    const refused = await callApi<ApiErrorBody>(createProject, "POST", { key: await issueApiKey(investor, ["projects:write"]), path: "/projects", json: newProject });
    expect(refused.status).toBe(404);
    expect(await db.project.count({ where: { orgId: investor.org.id } })).toBe(0);
  });
});

describe("PATCH /api/v1/projects/{projectId}", () => {
  it("changes only the fields sent, clears one with null, and records the diff as the API key", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const project = await createTenantProject(ally, { name: "Garissa Solar", capacityMw: "50" as never });
    const key = await issueApiKey(ally, ["projects:write"]);
    const patch = (json: unknown) => callApi<ProjectBody>(patchProject, "PATCH", { key, path: `/projects/${project.id}`, params: { projectId: project.id }, json });
    const { status, body } = await patch({ name: "Garissa Solar II", capacityMw: null });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ name: "Garissa Solar II", capacityMw: null, slug: project.slug });
    const row = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect([row.name, row.capacityMw, row.currency]).toEqual(["Garissa Solar II", null, project.currency]);
    const audit = await latestAudit(ally.org.id, "project.updated");
    expect(audit).toMatchObject({ entityId: project.id, userId: null, actor: { kind: "api-key" } });
    expect(audit?.changes).toMatchObject({ before: { name: "Garissa Solar" }, after: { name: "Garissa Solar II", capacityMw: null } });

    const stale = await patch({ name: "Late edit", expectedUpdatedAt: project.updatedAt.toISOString() });
    expect(stale.status).toBe(409);
    expect((stale.body as unknown as ApiErrorBody).error.code).toBe("STALE_WRITE");
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).name).toBe("Garissa Solar II");
  });

  it("keeps stored technology details unless sent, and reads sent percentages as the form does (0-100, stored as fractions)", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const project = await createTenantProject(ally, { projectType: "WIND", technologyDetails: { netCapacityFactor: 0.41, turbineCount: 12 } });
    const key = await issueApiKey(ally, ["projects:write"]);
    const patch = (json: unknown) => callApi<ProjectBody>(patchProject, "PATCH", { key, path: `/projects/${project.id}`, params: { projectId: project.id }, json });
    expect((await patch({ stage: "CONSTRUCTION" })).body.data.technologyDetails).toEqual({ netCapacityFactor: 0.41, turbineCount: 12 });
    expect((await patch({ technologyDetails: { netCapacityFactor: 38 } })).body.data.technologyDetails).toEqual({ netCapacityFactor: 0.38 });
    expect((await patch({ projectType: "GEOTHERMAL" })).body.data.technologyDetails).toBeNull();
  });

  it("refuses an invalid result with 422 by field, an unknown field by name, and another org's project as a 404", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const other = await createTenant({ type: "ALLY" });
    const project = await createTenantProject(ally, { name: "Mine" });
    const theirs = await createTenantProject(other, { name: "Theirs" });
    const key = await issueApiKey(ally, ["projects:write"]);
    const patch = (projectId: string, json: unknown) =>
      callApi<ApiErrorBody>(patchProject, "PATCH", { key, path: `/projects/${projectId}`, params: { projectId }, json });

    const invalid = await patch(project.id, { latitude: 1.2, totalInvestmentRequired: "0" });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.details?.fieldErrors).toMatchObject({
      longitude: ["Enter the longitude too, or clear the latitude."],
      totalInvestmentRequired: ["The amount to raise must be more than 0."],
    });
    const unknown = await patch(project.id, { status: "ACTIVE" });
    expect(unknown.status).toBe(422);
    expect(Object.keys(unknown.body.error.details?.fieldErrors as object)).toEqual(["body"]);

    const foreign = await patch(theirs.id, { name: "Renamed by another org" });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe("NOT_FOUND");
    expect((await db.project.findUniqueOrThrow({ where: { id: theirs.id } })).name).toBe("Theirs");
  });
});
