import { describe, expect, it } from "vitest";
import { auditedWrite } from "@/lib/audit/audited-write";
import { createProject } from "@/lib/projects/create-project";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { listProjects } from "@/lib/projects/list-projects";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { ownerDb } from "../support/owner-db";

const validInput = {
  name: "Lake Turkana Solar",
  description: "A 40 MW solar plant with a signed land lease and grid study.",
  projectType: "SOLAR" as const,
  stage: "DEVELOPMENT" as const,
  geographyCountry: "KE",
  geographyRegion: "Marsabit",
  totalInvestmentRequired: "35000000.1234",
  currency: "USD",
};

describe("projects are tenant-scoped", () => {
  it("another org's project id is a 404, exactly like an id that does not exist", async () => {
    const ally = await createTenant();
    const other = await createTenant();
    const project = await createTenantProject(ally);
    await expect(getProjectOrThrow(other, project.id)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Project not found." });
    await expect(getProjectOrThrow(other, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getProjectOrThrow(other, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getProjectOrThrow(ally, project.id)).id).toBe(project.id);
  });

  it("lists only the org's own projects", async () => {
    const ally = await createTenant();
    const other = await createTenant();
    await createTenantProject(ally);
    await createTenantProject(other);
    const { rows, total } = await listProjects(ally);
    expect(total).toBe(1);
    expect(rows.every((row) => row.id)).toBe(true);
  });
});

describe("audited writes", () => {
  it("creating a project records project.created with user, IP, user agent and the values", async () => {
    const actor = await createTenant({ role: "analyst" });
    const project = await createProject(actor, validInput);
    expect(project.totalInvestmentRequired).toBe("35000000.1234");
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, entityId: project.id } });
    expect(audit).toMatchObject({ action: "project.created", entityType: "Project", userId: actor.user.id, ipAddress: "203.0.113.7", userAgent: "vitest" });
    expect((audit.changes as { after: { name: string } }).after.name).toBe("Lake Turkana Solar");
  });

  it("slugs are unique within the org and free across orgs", async () => {
    const actor = await createTenant();
    const other = await createTenant();
    const first = await createProject(actor, validInput);
    const second = await createProject(actor, validInput);
    const elsewhere = await createProject(other, validInput);
    expect([first.slug, second.slug, elsewhere.slug]).toEqual(["lake-turkana-solar", "lake-turkana-solar-2", "lake-turkana-solar"]);
  });

  it("a write that fails leaves no audit row, and an audit row is never written without its write", async () => {
    const actor = await createTenant();
    const before = await db.auditLog.count({ where: { orgId: actor.org.id } });
    await expect(
      auditedWrite(actor, async (tx) => {
        await tx.project.create({ data: { ...validInput, orgId: actor.org.id, slug: "dup" } });
        await tx.project.create({ data: { ...validInput, orgId: actor.org.id, slug: "dup" } });
        return { result: null, audit: { action: "project.created", entityType: "Project", entityId: null } };
      }),
    ).rejects.toThrow();
    expect(await db.auditLog.count({ where: { orgId: actor.org.id } })).toBe(before);
    expect(await db.project.count({ where: { orgId: actor.org.id } })).toBe(0);
  });

  it("audit_logs is append-only in the database itself", async () => {
    const actor = await createTenant();
    await createProject(actor, validInput);
    const row = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id } });
    // The app's role may not even try (permission denied); the owner is stopped by the trigger.
    for (const client of [db, ownerDb()]) {
      await expect(client.auditLog.update({ where: { id: row.id }, data: { action: "project.tampered" } })).rejects.toThrow(/append-only|permission denied/);
      await expect(client.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only|permission denied/);
    }
    await expect(ownerDb().auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).action).toBe("project.created");
  });
});
