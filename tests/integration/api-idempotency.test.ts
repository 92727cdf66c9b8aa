import { describe, expect, it } from "vitest";
import { claimIdempotencyKey } from "@/lib/api/idempotency/claim-idempotency-key";
import { hashRequestBody } from "@/lib/api/idempotency/idempotency-rules";
import { runIdempotently } from "@/lib/api/idempotency/run-idempotently";
import { createPortfolio } from "@/lib/portfolios/create-portfolio";
import { createPortfolioSchema } from "@/lib/portfolios/schemas";
import { type ApiErrorBody, callApi, issueApiKey } from "../support/api-v1";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { POST: createHolding } = await import("@/app/api/v1/portfolios/[portfolioId]/holdings/route");
const { POST: recordCashFlow } = await import("@/app/api/v1/holdings/[holdingId]/cash-flows/route");

type HoldingBody = { data: { id: string } };

async function world() {
  const investor = await createTenant({ type: "INVESTOR" });
  const ally = await createTenant({ type: "ALLY" });
  const project = await createTenantProject(ally, { isPublished: true, name: `Menengai Geothermal ${ally.org.id.slice(0, 6)}` });
  const portfolio = await createPortfolio(investor, createPortfolioSchema.parse({ name: "Fund III", currency: "USD" }));
  const key = await issueApiKey(investor, ["portfolios:read", "portfolios:write"]);
  const apiKey = await db.apiKey.findFirstOrThrow({ where: { orgId: investor.org.id }, orderBy: { createdAt: "desc" } });
  const hold = (idempotencyKey: string, fields: Record<string, unknown> = {}, projectId = project.id) =>
    callApi<HoldingBody & ApiErrorBody>(createHolding, "POST", {
      key,
      path: `/portfolios/${portfolio.id}/holdings`,
      params: { portfolioId: portfolio.id },
      headers: { "idempotency-key": idempotencyKey },
      json: { projectId, investmentDate: "2025-05-05", committedAmount: "750000", currency: "USD", ...fields },
    });
  return { investor, ally, project, portfolio, key, apiKey, hold };
}

describe("Idempotency-Key on POST /api/v1", () => {
  it("answers a retry with the same key and body with the first answer, marked replayed, and writes once", async () => {
    const { investor, portfolio, project, key, hold } = await world();
    const first = await hold("create-holding-1");
    expect(first.status).toBe(201);
    expect(first.response.headers.get("Idempotent-Replayed")).toBeNull();
    const again = await hold("create-holding-1");
    expect(again.status).toBe(201);
    expect(again.response.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.response.headers.get("RateLimit-Limit")).not.toBeNull();
    expect(again.body).toEqual(first.body);
    expect(await db.portfolioHolding.count({ where: { portfolioId: portfolio.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { orgId: investor.org.id, action: "holding.added" } })).toBe(1);

    // Without the header, the same body is a new request: the project is already held, 409.
    const fresh = await callApi<ApiErrorBody>(createHolding, "POST", {
      key,
      path: `/portfolios/${portfolio.id}/holdings`,
      params: { portfolioId: portfolio.id },
      json: { projectId: project.id, investmentDate: "2025-05-05", committedAmount: "750000", currency: "USD" },
    });
    expect([fresh.status, fresh.body.error.code]).toEqual([409, "CONFLICT"]);
  });

  it("refuses the same key with another body or on another path (422), and a key still running (409)", async () => {
    const { investor, key, apiKey, hold } = await world();
    expect((await hold("key-a")).status).toBe(201);
    const otherBody = await hold("key-a", { committedAmount: "1" });
    expect(otherBody.status).toBe(422);
    expect(otherBody.body.error).toMatchObject({ code: "VALIDATION", details: { reason: "IDEMPOTENCY_KEY_REUSED" } });

    const holding = await db.portfolioHolding.findFirstOrThrow({ where: { orgId: investor.org.id } });
    const otherPath = await callApi<ApiErrorBody>(recordCashFlow, "POST", {
      key,
      path: `/holdings/${holding.id}/cash-flows`,
      params: { holdingId: holding.id },
      headers: { "idempotency-key": "key-a" },
      json: { kind: "capital_call", flowDate: "2025-06-02", amount: "1000" },
    });
    expect(otherPath.status).toBe(422);
    expect(otherPath.body.error.details).toMatchObject({ reason: "IDEMPOTENCY_KEY_REUSED", firstRequest: { method: "POST" } });
    expect(await db.portfolioCashFlow.count({ where: { holdingId: holding.id } })).toBe(0);

    // Another request holds the key and has not finished: the same request waits its turn.
    const body = JSON.stringify({ projectId: holding.projectId, investmentDate: "2025-05-05", committedAmount: "750000", currency: "USD" });
    await claimIdempotencyKey(
      { org: investor.org, apiKeyId: apiKey.id },
      { key: "key-b", method: "POST", path: `/api/v1/portfolios/${holding.portfolioId}/holdings`, requestHash: hashRequestBody(body) },
    );
    const running = await hold("key-b");
    expect(running.status).toBe(409);
    expect(running.body.error).toMatchObject({ code: "CONFLICT", details: { reason: "IDEMPOTENCY_KEY_IN_FLIGHT" } });
  });

  it("remembers a validation refusal, but not a 404, which a later state may change", async () => {
    const { ally, hold } = await world();
    const invalid = await hold("bad-body", { committedAmount: "-3" });
    expect(invalid.status).toBe(422);
    const replay = await hold("bad-body", { committedAmount: "-3" });
    expect([replay.status, replay.response.headers.get("Idempotent-Replayed")]).toEqual([422, "true"]);
    expect(replay.body).toEqual(invalid.body);

    const unlisted = await createTenantProject(ally, { isPublished: false, name: `Unlisted ${ally.org.id.slice(0, 6)}` });
    expect((await hold("later", {}, unlisted.id)).status).toBe(404);
    await db.project.update({ where: { id: unlisted.id }, data: { isPublished: true, status: "ACTIVE", publishedAt: new Date() } });
    const retried = await hold("later", {}, unlisted.id);
    expect([retried.status, retried.response.headers.get("Idempotent-Replayed")]).toEqual([201, null]);
  });

  it("forgets a 5xx, so the retry runs; and a key older than 24 hours, or abandoned mid-way, starts afresh", async () => {
    const { investor, apiKey, hold, portfolio } = await world();
    const actor = { org: investor.org, apiKeyId: apiKey.id };
    const request = { key: "flaky", method: "POST", path: "/api/v1/test", requestHash: hashRequestBody("{}") };
    const failed = await runIdempotently(actor, request, async () => {
      throw new Error("database went away");
    });
    expect(failed.status).toBe(500);
    expect(await db.apiIdempotencyKey.count({ where: { apiKeyId: apiKey.id, idempotencyKey: "flaky" } })).toBe(0);
    const succeeded = await runIdempotently(actor, request, async () => Response.json({ ok: true }));
    expect([succeeded.status, await succeeded.json()]).toEqual([200, { ok: true }]);

    expect((await hold("old-key")).status).toBe(201);
    await db.apiIdempotencyKey.updateMany({ where: { apiKeyId: apiKey.id, idempotencyKey: "old-key" }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    const second = await createTenantProject(await createTenant({ type: "ALLY" }), { isPublished: true, name: "Second listing" });
    const reused = await hold("old-key", {}, second.id);
    expect([reused.status, reused.response.headers.get("Idempotent-Replayed")]).toEqual([201, null]);
    expect(await db.portfolioHolding.count({ where: { portfolioId: portfolio.id } })).toBe(2);

    await db.apiIdempotencyKey.create({
      data: {
        orgId: investor.org.id,
        apiKeyId: apiKey.id,
        idempotencyKey: "crashed",
        method: "POST",
        path: "/api/v1/x",
        requestHash: "0",
        createdAt: new Date(Date.now() - 6 * 60_000),
      },
    });
    const third = await createTenantProject(await createTenant({ type: "ALLY" }), { isPublished: true, name: "Third listing" });
    expect((await hold("crashed", {}, third.id)).status).toBe(201);
  });

  it("keeps each key's Idempotency-Keys apart, and refuses an empty or over-long key with 400", async () => {
    const { investor, portfolio, hold } = await world();
    expect((await hold("shared-name")).status).toBe(201);
    const otherKey = await issueApiKey(investor, ["portfolios:write"]);
    const otherProject = await createTenantProject(await createTenant({ type: "ALLY" }), { isPublished: true, name: "Other listing" });
    const fromOtherKey = await callApi<HoldingBody>(createHolding, "POST", {
      key: otherKey,
      path: `/portfolios/${portfolio.id}/holdings`,
      params: { portfolioId: portfolio.id },
      headers: { "idempotency-key": "shared-name" },
      json: { projectId: otherProject.id, investmentDate: "2025-05-05", committedAmount: "1000", currency: "USD" },
    });
    expect([fromOtherKey.status, fromOtherKey.response.headers.get("Idempotent-Replayed")]).toEqual([201, null]);

    for (const bad of [" ", "k".repeat(256)]) {
      const refused = await hold(bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
      expect(refused.body.error.details).toMatchObject({ fieldErrors: { "Idempotency-Key": expect.any(Array) } });
    }
  });
});
