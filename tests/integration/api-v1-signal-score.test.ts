import { describe, expect, it } from "vitest";
import { createSignalScore } from "@/prisma/factories";
import { type ApiErrorBody, callApi, issueApiKey } from "../support/api-v1";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: getSignalScore } = await import("@/app/api/v1/projects/[projectId]/signal-score/route");

type Version = { id: string; version: number; status: string; overall: number };
type Score = { data: { projectId: string; current: (Version & { dimensions: { key: string; weightPct: number; score: number }[] }) | null; running: Version | null } };

const read = (key: string, projectId: string) =>
  callApi<Score & ApiErrorBody>(getSignalScore, "GET", { key, path: `/projects/${projectId}/signal-score`, params: { projectId } });

describe("GET /api/v1/projects/{projectId}/signal-score", () => {
  it("returns the newest completed version with its dimensions, and the one running after it", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const project = await createTenantProject(ally, { name: "Garissa Solar" });
    const key = await issueApiKey(ally, ["scores:read"]);
    expect((await read(key, project.id)).body.data).toEqual({ projectId: project.id, current: null, running: null, failed: null });

    await createSignalScore(db, { orgId: ally.org.id, projectId: project.id, overallScore: "55.00" });
    const completed = await createSignalScore(db, { orgId: ally.org.id, projectId: project.id, overallScore: "71.25" });
    await db.signalScore.update({ where: { id: completed.id }, data: { projectViabilityScore: "80.00", esgScore: "62.50" } });
    await createSignalScore(db, { orgId: ally.org.id, projectId: project.id, status: "PROCESSING" });

    const { status, body } = await read(key, project.id);
    expect(status).toBe(200);
    expect(body.data.current).toMatchObject({ id: completed.id, version: 2, status: "COMPLETED", overall: 71.25 });
    expect(body.data.current?.dimensions.map((d) => [d.key, d.weightPct, d.score])).toEqual([
      ["project_viability", 25, 80],
      ["financial_planning", 25, 0],
      ["risk_assessment", 20, 0],
      ["team_strength", 15, 0],
      ["esg", 15, 62.5],
    ]);
    expect(body.data.running).toMatchObject({ version: 3, status: "PROCESSING" });
  });

  it("is a 404 for another org's project and an investor's key, a 403 without scores:read or with the feature off", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const project = await createTenantProject(ally, { name: "Garissa Solar" });
    await createSignalScore(db, { orgId: ally.org.id, projectId: project.id });
    const other = await createTenant({ type: "ALLY" });
    expect((await read(await issueApiKey(other, ["scores:read"]), project.id)).status).toBe(404);
    expect((await read(await issueApiKey(await createTenant({ type: "INVESTOR" }), ["scores:read"]), project.id)).status).toBe(404);

    const noScope = await read(await issueApiKey(ally, ["projects:read"]), project.id);
    expect([noScope.status, noScope.body.error.details]).toEqual([403, { missingScope: "scores:read" }]);
    await db.featureFlag.create({ data: { orgId: ally.org.id, featureKey: "signal_score", isEnabled: false } });
    const off = await read(await issueApiKey(ally, ["scores:read"]), project.id);
    expect([off.status, off.body.error.code]).toEqual([403, "FORBIDDEN"]);
  });
});
