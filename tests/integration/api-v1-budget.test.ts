import { describe, expect, it } from "vitest";
import { type ApiErrorBody, callApi, issueApiKey, latestAudit } from "../support/api-v1";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { GET: getBudget } = await import("@/app/api/v1/projects/[projectId]/budget/route");
const { POST: createBudgetItem } = await import("@/app/api/v1/projects/[projectId]/budget-items/route");
const { PATCH: patchBudgetItem, DELETE: deleteBudgetItem } = await import("@/app/api/v1/projects/[projectId]/budget-items/[budgetItemId]/route");

type BudgetItem = { id: string; category: string; estimatedAmount: string; actualAmount: string | null; status: string; variance: string | null };
type Budget = { currency: string; categories: { category: string; items: BudgetItem[]; totals: { estimated: string } }[]; totals: { estimated: string; actual: string } };
const legal = { category: "Legal", description: "Land lease review", estimatedAmount: "25000", actualAmount: null, status: "PLANNED" };

async function setUp() {
  const ally = await createTenant({ type: "ALLY" });
  const project = await createTenantProject(ally, { name: "Garissa Solar", currency: "USD" });
  const key = await issueApiKey(ally, ["projects:read", "projects:write"]);
  const items = (projectId = project.id) => ({ key, path: `/projects/${projectId}/budget-items`, params: { projectId } });
  const budget = (projectId = project.id) => ({ key, path: `/projects/${projectId}/budget`, params: { projectId } });
  return { ally, project, key, items, budget };
}

describe("the budget through /api/v1", () => {
  it("adds lines, joins a category typed in another case, and totals them exactly; audited as the API key", async () => {
    const { ally, items, budget } = await setUp();
    const created = await callApi<{ data: BudgetItem }>(createBudgetItem, "POST", { ...items(), json: legal });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ category: "Legal", estimatedAmount: "25000.0000", actualAmount: null });
    await callApi(createBudgetItem, "POST", { ...items(), json: { ...legal, category: "legal", estimatedAmount: "0.1", actualAmount: "0.2", status: "SPENT" } });
    await callApi(createBudgetItem, "POST", { ...items(), json: { ...legal, category: "EPC", estimatedAmount: "1000000" } });

    const { status, body } = await callApi<{ data: Budget }>(getBudget, "GET", budget());
    expect(status).toBe(200);
    expect(body.data.currency).toBe("USD");
    expect(body.data.categories.map((c) => [c.category, c.items.length, c.totals.estimated])).toEqual([
      ["EPC", 1, "1000000.0000"],
      ["Legal", 2, "25000.1000"],
    ]);
    expect(body.data.totals).toMatchObject({ estimated: "1025000.1000", actual: "0.2000" });
    expect(await latestAudit(ally.org.id, "budget_item.created")).toMatchObject({ userId: null, actor: { kind: "api-key" } });
  });

  it("patches only the fields sent, through the form's rules, and refuses another currency", async () => {
    const { ally, items } = await setUp();
    const line = (await callApi<{ data: BudgetItem }>(createBudgetItem, "POST", { ...items(), json: legal })).body.data;
    const patch = (json: unknown) =>
      callApi<{ data: BudgetItem } & ApiErrorBody>(patchBudgetItem, "PATCH", {
        ...items(),
        path: `${items().path}/${line.id}`,
        params: { ...items().params, budgetItemId: line.id },
        json,
      });

    const spentWithoutActual = await patch({ status: "SPENT" });
    expect(spentWithoutActual.status).toBe(422);
    expect(spentWithoutActual.body.error.details?.fieldErrors).toEqual({ actualAmount: ["A spent line needs its actual amount."] });

    const spent = await patch({ status: "SPENT", actualAmount: "27500" });
    expect(spent.status).toBe(200);
    expect(spent.body.data).toMatchObject({ description: "Land lease review", status: "SPENT", actualAmount: "27500.0000", variance: "2500.0000" });
    expect(await latestAudit(ally.org.id, "budget_item.updated")).toMatchObject({ entityId: line.id, actor: { kind: "api-key" } });

    const euros = await callApi<ApiErrorBody>(createBudgetItem, "POST", { ...items(), json: { ...legal, currency: "EUR" } });
    expect(euros.status).toBe(422);
    expect(Object.keys(euros.body.error.details?.fieldErrors as object)).toEqual(["currency"]);
  });

  it("is a 404 for another org's project or line and for an investor's key, and a 403 without projects:write", async () => {
    const { project, key, items, budget } = await setUp();
    const other = await createTenant({ type: "ALLY" });
    const theirs = await createTenantProject(other, { name: "Theirs" });
    const theirLine = await db.projectBudgetItem.create({
      data: { projectId: theirs.id, category: "Legal", description: "Theirs", estimatedAmount: "10", currency: theirs.currency, status: "PLANNED" },
    });
    expect((await callApi(getBudget, "GET", budget(theirs.id))).status).toBe(404);
    expect((await callApi(createBudgetItem, "POST", { ...items(theirs.id), json: legal })).status).toBe(404);
    const mixed = await callApi(patchBudgetItem, "PATCH", {
      key,
      path: `/projects/${project.id}/budget-items/${theirLine.id}`,
      params: { projectId: project.id, budgetItemId: theirLine.id },
      json: { description: "Renamed by another org" },
    });
    expect(mixed.status).toBe(404);
    expect((await db.projectBudgetItem.findUniqueOrThrow({ where: { id: theirLine.id } })).description).toBe("Theirs");

    const investorKey = await issueApiKey(await createTenant({ type: "INVESTOR" }), ["projects:read"]);
    expect((await callApi(getBudget, "GET", { ...budget(), key: investorKey })).status).toBe(404);
    const readOnlyKey = await issueApiKey(await createTenant({ type: "ALLY" }), ["projects:read"]);
    const refused = await callApi<ApiErrorBody>(createBudgetItem, "POST", { ...items(), key: readOnlyKey, json: legal });
    expect([refused.status, refused.body.error.details]).toEqual([403, { missingScope: "projects:write" }]);
    expect(await db.projectBudgetItem.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("deletes a line as the app does (audited as the key with what it was); 403 without the scope, 404 for another org's or an investor's key, 409 when archived", async () => {
    const { ally, project, key, items } = await setUp();
    const created = (await callApi<{ data: BudgetItem }>(createBudgetItem, "POST", { ...items(), json: legal })).body.data;
    const remove = (asKey: string, projectId = project.id, budgetItemId = created.id) =>
      callApi<{ data: { id: string } } & ApiErrorBody>(deleteBudgetItem, "DELETE", {
        key: asKey,
        path: `/projects/${projectId}/budget-items/${budgetItemId}`,
        params: { projectId, budgetItemId },
      });

    const readOnly = await remove(await issueApiKey(ally, ["projects:read"]));
    expect([readOnly.status, readOnly.body.error.details]).toEqual([403, { missingScope: "projects:write" }]);
    const stranger = await createTenant({ type: "ALLY" });
    expect((await remove(await issueApiKey(stranger, ["projects:write"]))).status).toBe(404);
    expect((await remove(key, (await createTenantProject(stranger, { name: "Stranger's" })).id)).status).toBe(404);
    expect((await remove(await issueApiKey(await createTenant({ type: "INVESTOR" }), ["projects:write"]))).status).toBe(404);
    expect(await db.projectBudgetItem.count({ where: { id: created.id } })).toBe(1);

    await db.project.update({ where: { id: project.id }, data: { status: "ARCHIVED" } });
    expect((await remove(key)).status).toBe(409);
    await db.project.update({ where: { id: project.id }, data: { status: "DRAFT" } });

    const removed = await remove(key);
    expect([removed.status, removed.body.data]).toEqual([200, { id: created.id }]);
    expect(await db.projectBudgetItem.count({ where: { id: created.id } })).toBe(0);
    const audit = await latestAudit(ally.org.id, "budget_item.deleted");
    expect(audit).toMatchObject({ entityId: created.id, userId: null, actor: { kind: "api-key" }, changes: { before: { category: "Legal" } } });
  });
});
