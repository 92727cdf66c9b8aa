import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type ApiErrorBody, callApi, issueApiKey } from "../support/api-v1";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: searchMarketplace } = await import("@/app/api/v1/marketplace/projects/route");

type Page = { data: { projectId: string; name: string; projectType: string; snippet: { text: string; hit: boolean }[] | null }[]; total: number; page: number };

const search = (key: string, query: string) => callApi<Page & ApiErrorBody>(searchMarketplace, "GET", { key, path: `/marketplace/projects${query}` });

/** A word no other test's project carries, so the shared listings do not blur the answer. */
const uniqueWord = () =>
  `Kapsoit${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 10)}`;

describe("GET /api/v1/marketplace/projects", () => {
  it("finds listed projects only (a draft never), narrowed by the page's filters", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const word = uniqueWord();
    const wind = await createTenantProject(ally, { name: `${word} Wind`, projectType: "WIND", isPublished: true });
    await createTenantProject(ally, { name: `${word} Solar`, projectType: "SOLAR", isPublished: true });
    await createTenantProject(ally, { name: `${word} Draft`, projectType: "WIND" });
    const key = await issueApiKey(await createTenant({ type: "INVESTOR" }), ["projects:read"]);

    const all = await search(key, `?q=${word}`);
    expect(all.status).toBe(200);
    expect(all.body.data.map((row) => row.name).sort()).toEqual([`${word} Solar`, `${word} Wind`]);
    const winds = await search(key, `?q=${word}&type=WIND,HYDRO`);
    expect(winds.body.data.map((row) => row.projectId)).toEqual([wind.id]);
    expect(winds.body.total).toBe(1);
  });

  it("answers a wrong filter with 400 naming it, an ally's key with 404, a key without projects:read with 403, the feature off with 403", async () => {
    const investor = await createTenant({ type: "INVESTOR" });
    const key = await issueApiKey(investor, ["projects:read"]);
    const wrong = await search(key, "?type=SOLAR,COAL&scoreMax=101");
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.error.details?.fieldErrors as object).sort()).toEqual(["scoreMax", "type"]);

    expect((await search(await issueApiKey(await createTenant({ type: "ALLY" }), ["projects:read"]), "")).status).toBe(404);
    const noScope = await search(await issueApiKey(investor, ["matches:read"]), "");
    expect([noScope.status, noScope.body.error.details]).toEqual([403, { missingScope: "projects:read" }]);
    await db.featureFlag.create({ data: { orgId: investor.org.id, featureKey: "marketplace", isEnabled: false } });
    expect((await search(key, "")).status).toBe(403);
  });
});
