import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { auditedWrite } from "@/lib/audit/audited-write";
import { listAuditFilterOptions } from "@/lib/audit/list-audit-filter-options";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import { listProjectHistory } from "@/lib/audit/list-project-history";
import { parseAuditQuery, type AuditQuery } from "@/lib/audit/schemas";
import type { Prisma } from "@/lib/db/generated/client";
import { createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

const query = (overrides: Partial<AuditQuery> = {}): AuditQuery => ({ page: 1, pageSize: 25, ...overrides });

/** An audit row at a chosen moment (the app always writes "now"; inserting is all the table allows). */
async function auditRow(
  actor: Actor | { org: { id: string }; user: null },
  at: string,
  action: string,
  fields: { entityType?: string; entityId?: string | null; changes?: Prisma.InputJsonValue } = {},
) {
  return db.auditLog.create({
    data: {
      orgId: actor.org.id,
      userId: actor.user?.id ?? null,
      action,
      entityType: fields.entityType ?? "Project",
      entityId: fields.entityId ?? null,
      changes: fields.changes,
      timestamp: new Date(at),
      ipAddress: "203.0.113.50",
      userAgent: "Mozilla/5.0 (audit test)",
    },
  });
}

describe("listAuditLogs", () => {
  it("pages through the org's rows newest first, with the total", async () => {
    const actor = await createTenant();
    for (let i = 0; i < 30; i += 1) {
      await auditRow(actor, `2026-03-01T10:${String(i).padStart(2, "0")}:00Z`, "project.updated");
    }
    const first = await listAuditLogs(actor, query());
    expect(first).toMatchObject({ total: 30, page: 1, pageSize: 25, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0].at).toBe("2026-03-01T10:29:00.000Z");
    const second = await listAuditLogs(actor, query({ page: 2 }));
    expect(second.rows.map((row) => row.at)).toEqual(["04", "03", "02", "01", "00"].map((minute) => `2026-03-01T10:${minute}:00.000Z`));
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(30);
  });

  it("filters by user (or the system), action, entity type and an inclusive UTC date range", async () => {
    const admin = await createTenant();
    const analystUser = await createUser(db, { orgId: admin.org.id, role: "analyst", fullName: "Ana Lyst" });
    const analyst: Actor = { ...admin, user: { ...admin.user, id: analystUser.id } };
    const system = { org: admin.org, user: null };
    await auditRow(admin, "2026-01-31T23:59:59Z", "project.created");
    await auditRow(analyst, "2026-02-01T00:00:00Z", "project.updated");
    await auditRow(analyst, "2026-02-14T12:00:00Z", "milestone.created", { entityType: "ProjectMilestone" });
    await auditRow(system, "2026-02-28T23:59:59Z", "milestone.delayed", { entityType: "ProjectMilestone" });
    await auditRow(admin, "2026-03-01T00:00:00Z", "user.role_changed", { entityType: "User" });

    const actions = async (filters: Partial<AuditQuery>) => (await listAuditLogs(admin, query(filters))).rows.map((row) => row.action);
    expect(await actions({ user: analystUser.id })).toEqual(["milestone.created", "project.updated"]);
    expect(await actions({ user: "system" })).toEqual(["milestone.delayed"]);
    expect(await actions({ action: "project.created" })).toEqual(["project.created"]);
    expect(await actions({ entityType: "ProjectMilestone" })).toEqual(["milestone.delayed", "milestone.created"]);
    expect(await actions({ from: "2026-02-01", to: "2026-02-28" })).toEqual(["milestone.delayed", "milestone.created", "project.updated"]);
    expect(await actions({ from: "2026-03-01" })).toEqual(["user.role_changed"]);
    expect(await actions({ to: "2026-01-31" })).toEqual(["project.created"]);
    expect(await actions({ user: analystUser.id, entityType: "ProjectMilestone", from: "2026-02-14", to: "2026-02-14" })).toEqual(["milestone.created"]);
  });

  it("shows people by name (the system as null), IP and user agent, and each side of the change", async () => {
    const admin = await createTenant();
    const project = await createTenantProject(admin, { name: "Kiambu Biogas" });
    await auditRow(admin, "2026-04-01T09:00:00Z", "project.updated", {
      entityId: project.id,
      changes: { before: { name: "Old", stage: "CONCEPT" }, after: { name: "Kiambu Biogas", stage: "DEVELOPMENT" } },
    });
    await auditRow({ org: admin.org, user: null }, "2026-04-01T08:00:00Z", "project.archived", { entityId: project.id });
    const { rows } = await listAuditLogs(admin, query());
    expect(rows[0]).toMatchObject({
      action: "project.updated",
      entityLabel: "Kiambu Biogas",
      actor: { id: admin.user.id, name: admin.user.fullName, email: admin.user.email },
      ipAddress: "203.0.113.50",
      userAgent: "Mozilla/5.0 (audit test)",
      before: { name: "Old", stage: "CONCEPT" },
      after: { name: "Kiambu Biogas", stage: "DEVELOPMENT" },
    });
    expect(rows[1]).toMatchObject({ actor: null, before: null, after: null, entityLabel: "Kiambu Biogas" });
  });

  it("never shows another org's rows, whatever the filters name", async () => {
    const mine = await createTenant();
    const theirs = await createTenant();
    const theirProject = await createTenantProject(theirs, { name: "Their Secret Project" });
    await auditRow(mine, "2026-05-01T10:00:00Z", "project.created");
    await auditRow(theirs, "2026-05-01T11:00:00Z", "project.created", { entityId: theirProject.id });
    await auditRow(theirs, "2026-05-01T12:00:00Z", "org.secret_thing");

    expect((await listAuditLogs(mine, query())).total).toBe(1);
    expect((await listAuditLogs(mine, query({ user: theirs.user.id }))).total).toBe(0);
    expect((await listAuditLogs(mine, query({ action: "org.secret_thing" }))).total).toBe(0);
    const options = await listAuditFilterOptions(mine);
    expect(options).toEqual({ actions: ["project.created"], entityTypes: ["Project"], users: [{ id: mine.user.id, name: mine.user.fullName }], hasSystemRows: false });
  });

  it("lists rows written through auditedWrite, user and request included", async () => {
    const actor = await createTenant();
    await auditedWrite(actor, async () => ({ result: null, audit: { action: "organization.updated", entityType: "Organization", entityId: actor.org.id } }));
    const [row] = (await listAuditLogs(actor, query())).rows;
    expect(row).toMatchObject({ action: "organization.updated", entityLabel: actor.org.name, ipAddress: "203.0.113.7", userAgent: "vitest" });
  });
});

describe("parseAuditQuery", () => {
  it("reads the URL and ignores values that make no sense instead of failing", () => {
    expect(parseAuditQuery({ page: "3", pageSize: "50", action: "user.role_changed", entityType: "User", from: "2026-02-01", to: "2026-02-28" })).toEqual({
      page: 3,
      pageSize: 50,
      action: "user.role_changed",
      entityType: "User",
      from: "2026-02-01",
      to: "2026-02-28",
    });
    expect(
      parseAuditQuery({ page: "-1", pageSize: "1000", user: "nobody", action: "'; drop table", from: "2026-02-30", to: "", entityType: ["User", "Project"] }),
    ).toEqual({ page: 1, pageSize: 25, user: undefined, action: undefined, entityType: "User", from: undefined, to: undefined });
  });
});

describe("listProjectHistory", () => {
  it("holds the project's rows and its milestones' and budget lines', deleted ones included, and nothing else", async () => {
    const actor = await createTenant();
    const project = await createTenantProject(actor, {
      name: "Lamu Wind",
      milestones: [{ name: "Grid connection", targetDate: "2027-01-01" }],
      budget: [{ category: "Turbines", description: "Six 4 MW units", estimated: "24000000" }],
    });
    const otherProject = await createTenantProject(actor, { name: "Elsewhere" });
    const milestone = await db.projectMilestone.findFirstOrThrow({ where: { projectId: project.id } });
    const budgetItem = await db.projectBudgetItem.findFirstOrThrow({ where: { projectId: project.id } });
    const deletedId = "0b6f1e1c-5d0b-4f43-9d6e-2b8f5b0a1c11";

    await auditRow(actor, "2026-06-01T10:00:00Z", "project.updated", { entityId: project.id });
    await auditRow(actor, "2026-06-01T10:01:00Z", "milestone.updated", { entityType: "ProjectMilestone", entityId: milestone.id });
    await auditRow(actor, "2026-06-01T10:02:00Z", "budget_item.updated", { entityType: "ProjectBudgetItem", entityId: budgetItem.id });
    await auditRow(actor, "2026-06-01T10:03:00Z", "milestone.deleted", {
      entityType: "ProjectMilestone",
      entityId: deletedId,
      changes: { before: { name: "Permit filed", projectId: project.id } },
    });
    await auditRow(actor, "2026-06-01T10:04:00Z", "project.updated", { entityId: otherProject.id });

    const { project: summary, page, filterOptions } = await listProjectHistory(actor, project.id, query());
    expect(summary).toEqual({ id: project.id, name: "Lamu Wind" });
    expect(page.rows.map((row) => [row.action, row.entityLabel])).toEqual([
      ["milestone.deleted", "Permit filed"],
      ["budget_item.updated", "Turbines: Six 4 MW units"],
      ["milestone.updated", "Grid connection"],
      ["project.updated", "Lamu Wind"],
    ]);
    expect(filterOptions.actions).toEqual(["budget_item.updated", "milestone.deleted", "milestone.updated", "project.updated"]);
    expect((await listProjectHistory(actor, project.id, query({ entityType: "ProjectMilestone" }))).page.total).toBe(2);
  });

  it("is a 404 for another org's project, and another org's rows naming the project never appear", async () => {
    const owner = await createTenant();
    const intruder = await createTenant();
    const project = await createTenantProject(owner);
    await auditRow(intruder, "2026-07-01T10:00:00Z", "milestone.created", { changes: { after: { projectId: project.id } } });
    await auditRow(intruder, "2026-07-01T10:01:00Z", "project.updated", { entityId: project.id });

    await expect(listProjectHistory(intruder, project.id, query())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listProjectHistory(owner, project.id, query())).page.total).toBe(0);
  });
});
