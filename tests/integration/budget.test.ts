import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getProjectBudget } from "@/lib/budget/get-project-budget";
import type { BudgetSeed } from "@/prisma/factories/create-project";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.9", userAgent: "budget-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createBudgetItemAction, deleteBudgetItemAction, updateBudgetItemAction } = await import("@/lib/budget/actions");

const line = { category: "EPC", description: "Modules and inverters", estimatedAmount: "1000", actualAmount: null, status: "PLANNED" as const };

async function allyWithProject(budget: BudgetSeed[] = []) {
  const actor = await createTenant({ role: "analyst" });
  const project = await createTenantProject(actor, { currency: "EUR", budget });
  signedIn = actor;
  return { actor, project };
}

const lines = (projectId: string) => db.projectBudgetItem.findMany({ where: { projectId }, orderBy: { id: "asc" } });

beforeEach(() => {
  signedIn = null;
});

describe("budget totals and variance are exact decimals", () => {
  it("0.1 + 0.2 is 0.3, and 4-decimal amounts add up to the last place", async () => {
    const { actor, project } = await allyWithProject([
      { category: "Legal", description: "a", estimated: "0.1", actual: "0.1", status: "SPENT" },
      { category: "Legal", description: "b", estimated: "0.2", actual: "0.2", status: "SPENT" },
      { category: "EPC", description: "c", estimated: "999999999999999.9999", actual: "999999999999999.9999", status: "SPENT" },
      { category: "EPC", description: "d", estimated: "999999999999999.9999" },
      { category: "EPC", description: "e", estimated: "0.0001" },
    ]);
    const budget = await getProjectBudget(actor, project.id);
    const legal = budget.categories.find((c) => c.category === "Legal")!;
    expect(legal.totals).toEqual({
      estimated: "0.3000",
      actual: "0.3000",
      estimatedWithActual: "0.3000",
      variance: "0.0000",
      variancePct: "0.0",
      lines: 2,
      linesWithActual: 2,
    });
    const epc = budget.categories.find((c) => c.category === "EPC")!;
    // Through floats this sum would come out as 2000000000000000: the last 4 places are lost.
    expect(epc.totals.estimated).toBe("1999999999999999.9999");
    expect(epc.totals.actual).toBe("999999999999999.9999");
    expect(budget.totals.estimated).toBe("2000000000000000.2999");
    expect(budget.totals.actual).toBe("1000000000000000.2999");
    expect(budget.categories.map((c) => c.category)).toEqual(["EPC", "Legal"]);
  });

  it("variance is actual minus estimate on lines with an actual, with its percent; unspent lines do not count as savings", async () => {
    const { actor, project } = await allyWithProject([
      { category: "Development", description: "ESIA", estimated: "1250000", actual: "1312500", status: "SPENT" },
      { category: "Development", description: "Permits", estimated: "400000.0001", actual: "399999.9999", status: "SPENT" },
      { category: "Development", description: "Not yet", estimated: "100000" },
      { category: "Grid Connection", description: "Line", estimated: "3000", actual: "2999.5", status: "COMMITTED" },
      { category: "Contingency", description: "7%", estimated: "0" },
    ]);
    const budget = await getProjectBudget(actor, project.id);
    const [development, grid, contingency] = ["Development", "Grid Connection", "Contingency"].map((name) => budget.categories.find((c) => c.category === name)!);
    expect(development.items.map((i) => [i.description, i.variance, i.variancePct])).toEqual([
      ["ESIA", "62500.0000", "5.0"],
      ["Permits", "-0.0002", "-0.0"],
      ["Not yet", null, null],
    ]);
    expect(development.totals).toMatchObject({ estimated: "1750000.0001", actual: "1712499.9999", variance: "62499.9998", variancePct: "3.8", linesWithActual: 2 });
    expect(grid.totals).toMatchObject({ variance: "-0.5000", variancePct: "-0.0" });
    expect(contingency.totals).toMatchObject({ estimated: "0.0000", variance: null, variancePct: null });
    expect(budget.totals).toMatchObject({ estimated: "1753000.0001", actual: "1715499.4999", variance: "62499.4998" });
  });
});

describe("createBudgetItemAction", () => {
  it("adds a line in the project currency and audits it with its project", async () => {
    const { actor, project } = await allyWithProject();
    const result = await createBudgetItemAction({ projectId: project.id, ...line, estimatedAmount: "29800000.1234", actualAmount: "0.0001", currency: "EUR" });
    expect(result.serverError).toBeUndefined();
    const [item] = await lines(project.id);
    expect(item.estimatedAmount.toFixed(4)).toBe("29800000.1234");
    expect(item.actualAmount?.toFixed(4)).toBe("0.0001");
    expect(item.currency).toBe("EUR");
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, entityId: item.id } });
    expect(audit).toMatchObject({ action: "budget_item.created", entityType: "ProjectBudgetItem", userId: actor.user.id, userAgent: "budget-test" });
    expect((audit.changes as { after: Record<string, unknown> }).after).toMatchObject({ projectId: project.id, estimatedAmount: "29800000.1234", currency: "EUR" });
  });

  it("refuses another currency next to the currency field, and writes nothing", async () => {
    const { actor, project } = await allyWithProject();
    const result = await createBudgetItemAction({ projectId: project.id, ...line, currency: "USD" });
    expect(result.validationErrors?.fieldErrors?.currency?.[0]).toMatch(/project currency \(EUR\); USD is not accepted/);
    expect(await lines(project.id)).toEqual([]);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id } })).toBe(0);
  });

  it.each([
    [{ estimatedAmount: "12.34567" }, "estimatedAmount"],
    [{ estimatedAmount: "-5" }, "estimatedAmount"],
    [{ estimatedAmount: "1e5" }, "estimatedAmount"],
    [{ actualAmount: "0.1.2" }, "actualAmount"],
    [{ status: "SPENT" }, "actualAmount"],
    [{ category: "" }, "category"],
    [{ currency: "EURO" }, "currency"],
  ])("refuses %o with a message on %s", async (change, field) => {
    const { project } = await allyWithProject();
    const result = await createBudgetItemAction({ projectId: project.id, ...line, ...change } as typeof line & { projectId: string });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {})).toEqual([field]);
    expect(await lines(project.id)).toEqual([]);
  });

  it("joins an existing category that differs only in case and spacing", async () => {
    const { project } = await allyWithProject([{ category: "Grid Connection", description: "Substation", estimated: "10" }]);
    await createBudgetItemAction({ projectId: project.id, ...line, category: "  grid   connection " });
    expect((await lines(project.id)).map((i) => i.category)).toEqual(["Grid Connection", "Grid Connection"]);
  });
});

describe("updateBudgetItemAction and deleteBudgetItemAction", () => {
  it("edits a line, auditing only the changed fields as decimal strings", async () => {
    const { actor, project } = await allyWithProject([{ category: "Legal", description: "PPA", estimated: "650000", status: "COMMITTED" }]);
    const [item] = await lines(project.id);
    const result = await updateBudgetItemAction({
      projectId: project.id,
      budgetItemId: item.id,
      category: "Legal",
      description: "PPA",
      estimatedAmount: "650000",
      actualAmount: "410000.5",
      status: "SPENT",
    });
    expect(result.serverError).toBeUndefined();
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "budget_item.updated" } });
    expect(audit.changes).toEqual({ before: { actualAmount: null, status: "COMMITTED" }, after: { actualAmount: "410000.5000", status: "SPENT" } });
  });

  it("deletes a line after the audit row records it", async () => {
    const { actor, project } = await allyWithProject([{ category: "Legal", description: "PPA", estimated: "650000" }]);
    const [item] = await lines(project.id);
    expect((await deleteBudgetItemAction({ projectId: project.id, budgetItemId: item.id })).data).toEqual({ id: item.id });
    expect(await lines(project.id)).toEqual([]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "budget_item.deleted" } });
    expect((audit.changes as { before: Record<string, unknown> }).before).toMatchObject({ projectId: project.id, description: "PPA", estimatedAmount: "650000.0000" });
  });

  it("an archived project's budget is read-only: every write is a CONFLICT and nothing changes", async () => {
    const { actor, project } = await allyWithProject([{ category: "Legal", description: "PPA", estimated: "650000" }]);
    await db.project.update({ where: { id: project.id }, data: { status: "ARCHIVED" } });
    const [item] = await lines(project.id);
    const attempts = [
      await createBudgetItemAction({ projectId: project.id, ...line }),
      await updateBudgetItemAction({ projectId: project.id, budgetItemId: item!.id, ...line }),
      await deleteBudgetItemAction({ projectId: project.id, budgetItemId: item!.id }),
    ];
    for (const attempt of attempts) expect(attempt.serverError).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/archived/) });
    expect(await lines(project.id)).toEqual([item]);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id, action: { startsWith: "budget_item." } } })).toBe(0);
  });

  it("lines left in an old currency stay out of the totals; saving one restates it in the project currency", async () => {
    const { actor, project } = await allyWithProject([{ category: "EPC", description: "Turbines", estimated: "100" }]);
    const [item] = await lines(project.id);
    await db.projectBudgetItem.update({ where: { id: item.id }, data: { currency: "USD" } });
    const before = await getProjectBudget(actor, project.id);
    expect(before.foreignItems.map((i) => i.id)).toEqual([item.id]);
    expect(before.totals.lines).toBe(0);
    await updateBudgetItemAction({ projectId: project.id, budgetItemId: item.id, ...line, estimatedAmount: "92.5", currency: "EUR" });
    const after = await getProjectBudget(actor, project.id);
    expect(after.foreignItems).toEqual([]);
    expect(after.totals.estimated).toBe("92.5000");
  });
});

describe("budget actions are tenant-scoped and permission-checked", () => {
  it("another org's admin gets NOT_FOUND from every action, and nothing changes", async () => {
    const { actor: owner, project } = await allyWithProject([{ category: "Legal", description: "PPA", estimated: "650000" }]);
    const [item] = await lines(project.id);
    const intruder = await createTenant({ role: "admin" });
    const ownProject = await createTenantProject(intruder, { currency: "EUR" });
    signedIn = intruder;
    const edit = { ...line, budgetItemId: item.id, estimatedAmount: "1" };
    const results = await Promise.all([
      createBudgetItemAction({ projectId: project.id, ...line }),
      updateBudgetItemAction({ projectId: project.id, ...edit }),
      deleteBudgetItemAction({ projectId: project.id, budgetItemId: item.id }),
      updateBudgetItemAction({ projectId: ownProject.id, ...edit }),
      deleteBudgetItemAction({ projectId: ownProject.id, budgetItemId: item.id }),
    ]);
    for (const result of results) expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await lines(project.id)).toEqual([item]);
    expect(await lines(ownProject.id)).toEqual([]);
    expect(await db.auditLog.count({ where: { orgId: { in: [owner.org.id, intruder.org.id] } } })).toBe(0);
    await expect(getProjectBudget(intruder, project.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a viewer is refused (FORBIDDEN) and an investor org gets NOT_FOUND", async () => {
    const { project } = await allyWithProject();
    signedIn = { ...signedIn!, role: "viewer" };
    expect((await createBudgetItemAction({ projectId: project.id, ...line })).serverError).toMatchObject({ code: "FORBIDDEN" });
    signedIn = await createTenant({ role: "admin", type: "INVESTOR" });
    expect((await createBudgetItemAction({ projectId: project.id, ...line })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await lines(project.id)).toEqual([]);
  });
});
