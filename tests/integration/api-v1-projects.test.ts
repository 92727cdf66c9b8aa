import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import type { Actor } from "@/lib/auth/actor";
import { TIERS } from "@/lib/access/tiers";
import { apiErrorResponse } from "@/lib/api/api-error-response";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: listProjects } = await import("@/app/api/v1/projects/route");
const { GET: getProject } = await import("@/app/api/v1/projects/[projectId]/route");

type ErrorBody = { error: { code: string; message: string; details: Record<string, unknown> | null } };
type ProjectsPage = { data: { id: string; name: string; status: string }[]; nextCursor: string | null };

const issueKey = async (actor: Actor, fields: Record<string, unknown> = {}) =>
  (await createApiKey(actor, createApiKeySchema.parse({ name: "Test key", scopes: ["projects:read"], ...fields }))).key;
const request = (key: string, path: string) => new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${key}` } });
const list = (key: string, query = "") => listProjects(request(key, `/api/v1/projects${query}`));
const getOne = (key: string, projectId: string) => getProject(request(key, `/api/v1/projects/${projectId}`), { params: Promise.resolve({ projectId }) });

describe("GET /api/v1/projects", () => {
  it("lists only the key's org's projects, and pages through them by cursor, each project once", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const other = await createTenant({ type: "ALLY" });
    const created = [];
    for (let i = 0; i < 7; i += 1) created.push(await createTenantProject(ally, { name: `Solar ${i}` }));
    await createTenantProject(other, { name: "Not yours" });
    const key = await issueKey(ally);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await list(key, `?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as ProjectsPage;
      expect(page.data.length).toBeLessThanOrEqual(3);
      seen.push(...page.data.map((p) => p.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.length).toBe(7);
    expect(new Set(seen)).toEqual(new Set(created.map((p) => p.id)));
  });

  it("filters by status, stage, type and name", async () => {
    const ally = await createTenant({ type: "ALLY" });
    await createTenantProject(ally, { name: "Turkana Wind", projectType: "WIND", stage: "DEVELOPMENT", status: "ACTIVE" });
    await createTenantProject(ally, { name: "Lodwar Solar", projectType: "SOLAR", stage: "CONCEPT", status: "DRAFT" });
    const key = await issueKey(ally);
    const names = async (query: string) => ((await (await list(key, query)).json()) as ProjectsPage).data.map((p) => p.name);
    expect(await names("?projectType=WIND")).toEqual(["Turkana Wind"]);
    expect(await names("?status=DRAFT")).toEqual(["Lodwar Solar"]);
    expect(await names("?stage=DEVELOPMENT&q=turkana")).toEqual(["Turkana Wind"]);
    expect(await names("?q=lodwar")).toEqual(["Lodwar Solar"]);
    expect(await names("?q=%25")).toEqual([]);
  });

  it("answers a limit over 100, an unknown filter value or a forged cursor with 400 naming the field", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const key = await issueKey(ally);
    const response = await list(key, "?limit=101");
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toMatchObject({ code: "VALIDATION", details: { fieldErrors: { limit: ["limit can be at most 100."] } } });
    const fieldsOf = async (query: string) => {
      const answer = await list(key, query);
      return [answer.status, Object.keys(((await answer.json()) as ErrorBody).error.details?.fieldErrors as object)];
    };
    expect(await fieldsOf("?status=GONE")).toEqual([400, ["status"]]);
    expect(await fieldsOf("?cursor=bm90LWEtY3Vyc29y")).toEqual([400, ["cursor"]]);
  });

  it("refuses a key without projects:read with 403 naming the scope, and a missing or unknown key with 401", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const key = await issueKey(ally, { scopes: ["documents:read"] });
    const response = await list(key);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: "FORBIDDEN", message: "This key lacks the projects:read scope.", details: { missingScope: "projects:read" } },
    });

    const anonymous = await listProjects(new Request("http://localhost/api/v1/projects"));
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as ErrorBody).error).toMatchObject({ code: "UNAUTHENTICATED", details: null });
    const unknown = await list(`scr_${"A".repeat(43)}`);
    expect(unknown.status).toBe(401);
  });

  it("sets RateLimit-* on every answer: the plan's rate per org, or the key's own limit, then 429 with Retry-After", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const org = await db.organization.findUniqueOrThrow({ where: { id: ally.org.id } });
    const planKey = await issueKey(ally);
    const first = await list(planKey);
    expect(first.headers.get("RateLimit-Limit")).toBe(String(TIERS[org.subscriptionTier].requestsPerMinute));
    expect(Number(first.headers.get("RateLimit-Remaining"))).toBe(TIERS[org.subscriptionTier].requestsPerMinute - 1);
    expect(Number(first.headers.get("RateLimit-Reset"))).toBeGreaterThanOrEqual(1);

    const slowKey = await issueKey(ally, { rateLimitPerMinute: "2" });
    const answers = [await list(slowKey), await list(slowKey), await list(slowKey)];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(answers.map((a) => a.headers.get("RateLimit-Limit"))).toEqual(["2", "2", "2"]);
    expect(answers.map((a) => a.headers.get("RateLimit-Remaining"))).toEqual(["1", "0", "0"]);
    const refused = answers[2]!;
    const retryAfter = Number(refused.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as ErrorBody).error).toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("This API key has reached its limit of 2 API requests a minute"),
    });
    // The key's own limit replaces the org's: the org's other key is not held back by it.
    expect((await list(planKey)).status).toBe(200);

    const forbidden = await list(await issueKey(ally, { scopes: ["qa:read"] }));
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get("RateLimit-Limit")).toBe(String(TIERS[org.subscriptionTier].requestsPerMinute));
  });
});

describe("GET /api/v1/projects/{projectId}", () => {
  it("returns the org's own project and answers another org's id as a 404, as an unknown one", async () => {
    const ally = await createTenant({ type: "ALLY" });
    const other = await createTenant({ type: "ALLY" });
    const mine = await createTenantProject(ally, { name: "Garissa Solar" });
    const theirs = await createTenantProject(other, { name: "Theirs" });
    const key = await issueKey(ally);

    const ok = await getOne(key, mine.id);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("RateLimit-Limit")).not.toBeNull();
    expect(((await ok.json()) as { data: { id: string; name: string; totalInvestmentRequired: string } }).data).toMatchObject({ id: mine.id, name: "Garissa Solar" });

    const foreign = await getOne(key, theirs.id);
    expect(foreign.status).toBe(404);
    const foreignBody = await foreign.json();
    expect(foreignBody).toEqual({ error: { code: "NOT_FOUND", message: "Project not found.", details: null } });
    const nowhere = await getOne(key, "00000000-0000-4000-8000-000000000000");
    expect(await nowhere.json()).toEqual(foreignBody);
    expect((await getOne(key, "not-a-uuid")).status).toBe(404);
  });
});

describe("the API's error shape", () => {
  it("answers a rate-limit refusal made by another copy of AppError (a limiter from another bundle) as a 429, not a 500", async () => {
    // What another bundle's copy of the class looks like: same name, code and getter, another prototype.
    class CopiedAppError extends Error {
      override name = "AppError";
      code = "RATE_LIMITED";
      rateLimit = { limit: 2, remaining: 0, resetSeconds: 9, retryAfterSeconds: 9 };
      get status() {
        return 429;
      }
    }
    const foreign = new CopiedAppError("This API key has reached its limit of 2 API requests a minute. Try again in 9 seconds.");
    const response = apiErrorResponse(foreign);
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("9");
    expect(((await response.json()) as ErrorBody).error).toEqual({ code: "RATE_LIMITED", message: foreign.message, details: { limit: 2, retryAfterSeconds: 9 } });
    expect(apiErrorResponse(new Error("boom")).status).toBe(500);
  });
});
