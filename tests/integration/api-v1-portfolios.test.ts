import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createCovenant } from "@/lib/covenants/create-covenant";
import { createCovenantSchema } from "@/lib/covenants/schemas";
import { createPortfolio } from "@/lib/portfolios/create-portfolio";
import { createPortfolioSchema } from "@/lib/portfolios/schemas";
import { type ApiErrorBody, callApi, issueApiKey, latestAudit } from "../support/api-v1";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: listPortfolios } = await import("@/app/api/v1/portfolios/route");
const { GET: getPortfolio } = await import("@/app/api/v1/portfolios/[portfolioId]/route");
const { GET: listHoldings, POST: createHolding } = await import("@/app/api/v1/portfolios/[portfolioId]/holdings/route");
const { GET: listCovenants } = await import("@/app/api/v1/portfolios/[portfolioId]/covenants/route");
const { GET: getHolding } = await import("@/app/api/v1/holdings/[holdingId]/route");
const { GET: listCashFlows, POST: recordCashFlow } = await import("@/app/api/v1/holdings/[holdingId]/cash-flows/route");

type Data<T> = { data: T };
type Holding = { id: string; status: string; committed: string; invested: string; project: { id: string }; portfolio: { id: string }; metrics: { paidIn: string } };
type CashFlow = { id: string; kind: string; day: string; amount: string; amountBase: string };

/** An investor with a USD portfolio (same currency as the project, so no rate is needed) and an ally's listed project. */
async function world() {
  const investor = await createTenant({ type: "INVESTOR" });
  const ally = await createTenant({ type: "ALLY" });
  const project = await createTenantProject(ally, { isPublished: true, name: `Naivasha Geothermal ${ally.org.id.slice(0, 6)}` });
  const portfolio = await createPortfolio(investor, createPortfolioSchema.parse({ name: "Climate Fund II", currency: "USD" }));
  return { investor, ally, project, portfolio };
}
const holdingFields = (projectId: string) => ({ projectId, investmentDate: "2025-03-03", committedAmount: "1,500,000", currency: "USD", ownershipPct: "12.5" });

async function holdVia(key: string, portfolioId: string, projectId: string) {
  const { status, body } = await callApi<Data<Holding>>(createHolding, "POST", {
    key,
    path: `/portfolios/${portfolioId}/holdings`,
    params: { portfolioId },
    json: holdingFields(projectId),
  });
  expect(status).toBe(201);
  return body.data;
}

describe("API v1 portfolios", () => {
  it("creates a holding and records a capital call through the API, reads them back, audited as the key", async () => {
    const { investor, project, portfolio } = await world();
    const key = await issueApiKey(investor, ["portfolios:read", "portfolios:write"]);
    const holding = await holdVia(key, portfolio.id, project.id);
    expect(holding).toMatchObject({ status: "ACTIVE", committed: "1500000.0000", invested: "0.0000", project: { id: project.id }, portfolio: { id: portfolio.id } });

    const params = { holdingId: holding.id };
    const call = { key, path: `/holdings/${holding.id}/cash-flows`, params };
    const recorded = await callApi<Data<CashFlow>>(recordCashFlow, "POST", { ...call, json: { kind: "capital_call", flowDate: "2025-04-01", amount: "400000" } });
    expect(recorded.status).toBe(201);
    expect(recorded.body.data).toMatchObject({ kind: "capital_call", day: "2025-04-01", amount: "400000.0000", amountBase: "400000.0000" });
    expect(await db.portfolioCashFlow.findUniqueOrThrow({ where: { id: recorded.body.data.id } })).toMatchObject({ orgId: investor.org.id, createdBy: null });

    const flows = await callApi<Data<CashFlow[]>>(listCashFlows, "GET", call);
    expect(flows.body.data.map((f) => [f.kind, f.amount])).toEqual([["capital_call", "400000.0000"]]);
    const read = await callApi<Data<Holding>>(getHolding, "GET", { key, path: `/holdings/${holding.id}`, params });
    expect(read.body.data).toMatchObject({ id: holding.id, invested: "400000.0000", metrics: { paidIn: "400000.0000" } });
    const rows = await callApi<Data<{ id: string; paidIn: string }[]>>(listHoldings, "GET", {
      key,
      path: `/portfolios/${portfolio.id}/holdings`,
      params: { portfolioId: portfolio.id },
    });
    expect(rows.body.data).toEqual([expect.objectContaining({ id: holding.id, paidIn: "400000.0000" })]);
    const one = await callApi<Data<{ id: string; metrics: { paidIn: string } }>>(getPortfolio, "GET", {
      key,
      path: `/portfolios/${portfolio.id}`,
      params: { portfolioId: portfolio.id },
    });
    expect(one.body.data).toMatchObject({ id: portfolio.id, currency: "USD", metrics: { paidIn: "400000.0000" } });
    const all = await callApi<Data<{ id: string; holdings: number; called: string }[]>>(listPortfolios, "GET", { key, path: "/portfolios" });
    expect(all.body.data).toEqual([expect.objectContaining({ id: portfolio.id, holdings: 1, called: "400000.0000" })]);

    const apiKey = await db.apiKey.findFirstOrThrow({ where: { orgId: investor.org.id } });
    for (const action of ["holding.added", "cash_flow.recorded"]) {
      const audit = await latestAudit(investor.org.id, action);
      expect(audit, action).toMatchObject({ entityId: holding.id, userId: null, actor: { kind: "api-key", ref: apiKey.id } });
    }
  });

  it("lists a portfolio's covenants", async () => {
    const { investor, project, portfolio } = await world();
    const key = await issueApiKey(investor, ["portfolios:read", "portfolios:write"]);
    const holding = await holdVia(key, portfolio.id, project.id);
    await createCovenant(investor, createCovenantSchema.parse({ holdingId: holding.id, name: "MOIC >= 1.0x", metricName: "moic", operator: ">=", thresholdBreach: "1" }));
    const { status, body } = await callApi<Data<{ name: string; holding: { id: string } }[]>>(listCovenants, "GET", {
      key,
      path: `/portfolios/${portfolio.id}/covenants`,
      params: { portfolioId: portfolio.id },
    });
    expect(status).toBe(200);
    expect(body.data).toEqual([expect.objectContaining({ name: "MOIC >= 1.0x", holding: { id: holding.id, projectName: expect.any(String) } })]);
  });

  it("answers 422 with a message per field for what the form refuses, and writes nothing", async () => {
    const { investor, project, portfolio } = await world();
    const key = await issueApiKey(investor, ["portfolios:write"]);
    const { status, body } = await callApi<ApiErrorBody>(createHolding, "POST", {
      key,
      path: `/portfolios/${portfolio.id}/holdings`,
      params: { portfolioId: portfolio.id },
      json: { ...holdingFields(project.id), committedAmount: "-5", currency: "XYZ" },
    });
    expect(status).toBe(422);
    expect(body.error.code).toBe("VALIDATION");
    expect(Object.keys(body.error.details?.fieldErrors as object).sort()).toEqual(["committedAmount", "currency"]);
    const holding = await holdVia(key, portfolio.id, project.id);
    const future = await callApi<ApiErrorBody>(recordCashFlow, "POST", {
      key,
      path: `/holdings/${holding.id}/cash-flows`,
      params: { holdingId: holding.id },
      json: { kind: "capital_call", flowDate: "2099-01-01", amount: "10" },
    });
    expect(future.status).toBe(422);
    expect(Object.keys(future.body.error.details?.fieldErrors as object)).toEqual(["flowDate"]);
    expect(await db.portfolioCashFlow.count({ where: { holdingId: holding.id } })).toBe(0);
  });

  it("answers 404 for another org's portfolio or holding, 403 without the scope, and 404 to an ally's key", async () => {
    const victim = await world();
    const attacker = await createTenant({ type: "INVESTOR" });
    const attackerKey = await issueApiKey(attacker, ["portfolios:read", "portfolios:write"]);
    const victimKey = await issueApiKey(victim.investor, ["portfolios:read", "portfolios:write"]);
    const holding = await holdVia(victimKey, victim.portfolio.id, victim.project.id);
    const portfolioCall = { key: attackerKey, path: `/portfolios/${victim.portfolio.id}`, params: { portfolioId: victim.portfolio.id } };
    const holdingCall = { key: attackerKey, path: `/holdings/${holding.id}`, params: { holdingId: holding.id } };
    expect((await callApi(getPortfolio, "GET", portfolioCall)).status).toBe(404);
    expect((await callApi(listHoldings, "GET", portfolioCall)).status).toBe(404);
    expect((await callApi(listCovenants, "GET", portfolioCall)).status).toBe(404);
    expect((await callApi(createHolding, "POST", { ...portfolioCall, json: holdingFields(victim.project.id) })).status).toBe(404);
    expect((await callApi(getHolding, "GET", holdingCall)).status).toBe(404);
    expect((await callApi(listCashFlows, "GET", holdingCall)).status).toBe(404);
    expect((await callApi(recordCashFlow, "POST", { ...holdingCall, json: { kind: "fee", flowDate: "2025-04-01", amount: "1" } })).status).toBe(404);
    expect(await db.portfolioHolding.count({ where: { portfolioId: victim.portfolio.id } })).toBe(1);
    expect(await db.portfolioCashFlow.count({ where: { holdingId: holding.id } })).toBe(0);

    const readOnly = await issueApiKey(victim.investor, ["portfolios:read"]);
    const refused = await callApi<ApiErrorBody>(createHolding, "POST", {
      key: readOnly,
      path: `/portfolios/${victim.portfolio.id}/holdings`,
      params: { portfolioId: victim.portfolio.id },
      json: holdingFields(victim.project.id),
    });
    expect([refused.status, refused.body.error.details]).toEqual([403, { missingScope: "portfolios:write" }]);

    const allyKey = await issueApiKey(victim.ally as Actor, ["portfolios:read"]);
    const ally = await callApi<ApiErrorBody>(listPortfolios, "GET", { key: allyKey, path: "/portfolios" });
    expect([ally.status, ally.body.error.code, ally.body.error.message]).toEqual([404, "NOT_FOUND", "Portfolios is not available to ALLY organisations."]);
  });
});
