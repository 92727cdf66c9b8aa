import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { effectiveMilestoneStatus } from "@/lib/milestones/effective-milestone-status";
import { listMilestones } from "@/lib/milestones/list-milestones";
import { startOfUtcDay } from "@/lib/utils/dates";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";

/** The real action clients with the session replaced, as in project-actions.test.ts. */
let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "milestone-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

/** The outbox rows written by the writes: they commit with the write or not at all. */
const sentSince = vi.hoisted(() => ({ at: new Date(0) }));
const sentEvents = async () =>
  (await db.outboxEvent.findMany({ where: { createdAt: { gte: sentSince.at }, name: "milestone.changed" }, orderBy: { createdAt: "asc" } })).map((row) => ({
    name: row.name,
    data: row.payload,
  }));

const { completeMilestoneAction, createMilestoneAction, deleteMilestoneAction, reorderMilestonesAction, updateMilestoneAction } = await import(
  "@/lib/milestones/actions"
);

const FUTURE = "2099-06-30";
const base = { name: "Grid connection agreement", description: "Signed with the utility.", targetDate: FUTURE, status: "NOT_STARTED" as const, completionPct: 0 };
const todayIso = () => startOfUtcDay().toISOString().slice(0, 10);

async function allyWithProject(role: Actor["role"] = "analyst") {
  const actor = await createTenant({ role });
  const project = await createTenantProject(actor, {
    milestones: [
      { name: "Land lease", targetDate: "2099-01-31" },
      { name: "Permits", targetDate: "2099-03-31", status: "IN_PROGRESS", completionPct: 40 },
      { name: "Financial close", targetDate: "2099-09-30" },
    ],
  });
  signedIn = actor;
  return { actor, project };
}

const snapshot = async (projectId: string) => db.projectMilestone.findMany({ where: { projectId }, orderBy: { orderIndex: "asc" } });
const auditRows = (orgId: string) => db.auditLog.findMany({ where: { orgId }, orderBy: { timestamp: "asc" } });

beforeEach(() => {
  signedIn = null;
  sentSince.at = new Date();
});

describe("effectiveMilestoneStatus", () => {
  const today = new Date("2026-05-10T00:00:00Z");
  it.each([
    ["IN_PROGRESS", "2026-05-09", "DELAYED"],
    ["NOT_STARTED", "2026-05-09", "DELAYED"],
    ["IN_PROGRESS", "2026-05-10", "IN_PROGRESS"],
    ["COMPLETED", "2020-01-01", "COMPLETED"],
    ["DELAYED", "2099-01-01", "DELAYED"],
  ] as const)("%s due %s reads as %s", (status, target, expected) => {
    expect(effectiveMilestoneStatus({ status, targetDate: new Date(`${target}T00:00:00Z`) }, today)).toBe(expected);
  });
});

describe("createMilestoneAction", () => {
  it("appends the milestone, audits it with its project, and signals the job after the commit", async () => {
    const { actor, project } = await allyWithProject();
    const result = await createMilestoneAction({ projectId: project.id, ...base });
    expect(result.serverError).toBeUndefined();
    const rows = await snapshot(project.id);
    expect(rows.map((m) => [m.name, m.orderIndex])).toEqual([
      ["Land lease", 0],
      ["Permits", 1],
      ["Financial close", 2],
      [base.name, 3],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, entityId: result.data!.id } });
    expect(audit).toMatchObject({ action: "milestone.created", entityType: "ProjectMilestone", userId: actor.user.id, ipAddress: "198.51.100.4" });
    expect((audit.changes as { after: Record<string, unknown> }).after).toMatchObject({ projectId: project.id, name: base.name, targetDate: FUTURE, orderIndex: 3 });
    expect((await sentEvents()).filter((e) => (e.data as { orgId: string }).orgId === actor.org.id)).toEqual([
      { name: "milestone.changed", data: { orgId: actor.org.id, projectId: project.id } },
    ]);
  });

  it("a milestone past its target date and not completed reads as DELAYED before the job runs", async () => {
    const { project } = await allyWithProject();
    await createMilestoneAction({ projectId: project.id, ...base, name: "Late permit", targetDate: "2020-01-15", status: "IN_PROGRESS", completionPct: 30 });
    const stored = await db.projectMilestone.findFirstOrThrow({ where: { projectId: project.id, name: "Late permit" } });
    expect(stored.status).toBe("IN_PROGRESS");
    const listed = (await listMilestones(signedIn!, project.id)).find((m) => m.name === "Late permit");
    expect(listed).toMatchObject({ status: "DELAYED", recordedStatus: "IN_PROGRESS" });
  });

  it.each([
    [{ completionPct: 101 }, "completionPct"],
    [{ completionPct: 50.5, status: "IN_PROGRESS" }, "completionPct"],
    [{ completionPct: Number.NaN }, "completionPct"],
    [{ status: "COMPLETED", completionPct: 80 }, "completionPct"],
    [{ status: "IN_PROGRESS", completionPct: 100 }, "status"],
    [{ status: "NOT_STARTED", completionPct: 20 }, "completionPct"],
    [{ targetDate: "2026-02-30" }, "targetDate"],
    [{ targetDate: "30/06/2026" }, "targetDate"],
    [{ name: " " }, "name"],
  ])("refuses %o with a message on %s and writes nothing", async (change, field) => {
    const { actor, project } = await allyWithProject();
    const result = await createMilestoneAction({ projectId: project.id, ...base, ...change } as typeof base & { projectId: string });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {})).toEqual([field]);
    expect(await db.projectMilestone.count({ where: { projectId: project.id } })).toBe(3);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id } })).toBe(0);
  });

  it("a completed milestone gets today's completed date", async () => {
    const { project } = await allyWithProject();
    const result = await createMilestoneAction({ projectId: project.id, ...base, status: "COMPLETED", completionPct: 100 });
    const row = await db.projectMilestone.findUniqueOrThrow({ where: { id: result.data!.id } });
    expect(row.completedDate?.toISOString().slice(0, 10)).toBe(todayIso());
  });
});

describe("updateMilestoneAction", () => {
  it("saves the edit and audits only what changed", async () => {
    const { actor, project } = await allyWithProject();
    const [, permits] = await snapshot(project.id);
    const result = await updateMilestoneAction({
      projectId: project.id,
      milestoneId: permits.id,
      name: "Permits",
      description: "",
      targetDate: "2099-04-30",
      status: "IN_PROGRESS",
      completionPct: 60,
    });
    expect(result.serverError).toBeUndefined();
    const row = await db.projectMilestone.findUniqueOrThrow({ where: { id: permits.id } });
    expect(row).toMatchObject({ completionPct: 60, status: "IN_PROGRESS" });
    expect(row.targetDate.toISOString().slice(0, 10)).toBe("2099-04-30");
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "milestone.updated" } });
    expect(audit.changes).toEqual({ before: { targetDate: "2099-03-31", completionPct: 40 }, after: { targetDate: "2099-04-30", completionPct: 60 } });
    expect((await sentEvents()).filter((e) => (e.data as { orgId: string }).orgId === actor.org.id)).toHaveLength(1);
  });

  it("completing through the form stamps the date, reopening clears it", async () => {
    const { project } = await allyWithProject();
    const [, permits] = await snapshot(project.id);
    const input = { projectId: project.id, milestoneId: permits.id, name: "Permits", description: "", targetDate: "2099-03-31" };
    await updateMilestoneAction({ ...input, status: "COMPLETED", completionPct: 100 });
    expect((await db.projectMilestone.findUniqueOrThrow({ where: { id: permits.id } })).completedDate?.toISOString().slice(0, 10)).toBe(todayIso());
    await updateMilestoneAction({ ...input, status: "IN_PROGRESS", completionPct: 90 });
    expect((await db.projectMilestone.findUniqueOrThrow({ where: { id: permits.id } })).completedDate).toBeNull();
  });
});

describe("completeMilestoneAction", () => {
  it("sets COMPLETED, 100% and today's date; completing twice is refused", async () => {
    const { actor, project } = await allyWithProject();
    const [, permits] = await snapshot(project.id);
    const result = await completeMilestoneAction({ projectId: project.id, milestoneId: permits.id });
    expect(result.data).toEqual({ id: permits.id, completedDate: todayIso() });
    const row = await db.projectMilestone.findUniqueOrThrow({ where: { id: permits.id } });
    expect(row).toMatchObject({ status: "COMPLETED", completionPct: 100 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "milestone.completed" } });
    expect(audit.changes).toEqual({
      before: { status: "IN_PROGRESS", completionPct: 40, completedDate: null },
      after: { status: "COMPLETED", completionPct: 100, completedDate: todayIso() },
    });
    const again = await completeMilestoneAction({ projectId: project.id, milestoneId: permits.id });
    expect(again.serverError).toMatchObject({ code: "INVALID_TRANSITION" });
    expect(await db.auditLog.count({ where: { orgId: actor.org.id, action: "milestone.completed" } })).toBe(1);
  });
});

describe("deleteMilestoneAction", () => {
  it("deletes the milestone and keeps what it was in the audit row", async () => {
    const { actor, project } = await allyWithProject();
    const [lease] = await snapshot(project.id);
    expect((await deleteMilestoneAction({ projectId: project.id, milestoneId: lease.id })).data).toEqual({ id: lease.id });
    expect((await snapshot(project.id)).map((m) => m.name)).toEqual(["Permits", "Financial close"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "milestone.deleted" } });
    expect(audit).toMatchObject({ entityType: "ProjectMilestone", entityId: lease.id });
    expect((audit.changes as { before: Record<string, unknown> }).before).toMatchObject({ projectId: project.id, name: "Land lease" });
  });
});

describe("reorderMilestonesAction", () => {
  it("rewrites order_index 0..n-1 in one audited transaction", async () => {
    const { actor, project } = await allyWithProject();
    const [lease, permits, close] = await snapshot(project.id);
    await db.projectMilestone.update({ where: { id: close.id }, data: { orderIndex: 17 } });
    const result = await reorderMilestonesAction({ projectId: project.id, orderedIds: [close.id, lease.id, permits.id] });
    expect(result.serverError).toBeUndefined();
    expect((await snapshot(project.id)).map((m) => [m.name, m.orderIndex])).toEqual([
      ["Financial close", 0],
      ["Land lease", 1],
      ["Permits", 2],
    ]);
    const audits = await db.auditLog.findMany({ where: { orgId: actor.org.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "milestone.reordered", entityType: "Project", entityId: project.id });
    expect(audits[0].changes).toEqual({
      before: { order: ["Land lease", "Permits", "Financial close"] },
      after: { order: ["Financial close", "Land lease", "Permits"] },
    });
  });

  it("refuses any list that is not exactly the project's milestones, and changes nothing", async () => {
    const { actor, project } = await allyWithProject();
    const other = await createTenantProject(actor, { milestones: [{ name: "Elsewhere", targetDate: FUTURE }] });
    const [foreign] = await snapshot(other.id);
    const [lease, permits, close] = await snapshot(project.id);
    const before = await snapshot(project.id);
    for (const orderedIds of [
      [permits.id, lease.id],
      [permits.id, lease.id, close.id, foreign.id],
      [permits.id, permits.id, close.id],
      [permits.id, foreign.id, close.id],
    ]) {
      const result = await reorderMilestonesAction({ projectId: project.id, orderedIds });
      expect(result.serverError).toMatchObject({ code: "CONFLICT" });
    }
    expect(await snapshot(project.id)).toEqual(before);
    expect(await snapshot(other.id)).toEqual([foreign]);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id } })).toBe(0);
    expect(await db.outboxEvent.count({ where: { orgId: actor.org.id } })).toBe(0);
  });
});

describe("an archived project's milestones are read-only", () => {
  it("every milestone write is a CONFLICT that says how to restore it, and nothing changes", async () => {
    const { actor, project } = await allyWithProject();
    await db.project.update({ where: { id: project.id }, data: { status: "ARCHIVED" } });
    const before = await snapshot(project.id);
    const [lease, permits, close] = before;
    const attempts = [
      await createMilestoneAction({ projectId: project.id, ...base }),
      await updateMilestoneAction({ projectId: project.id, milestoneId: lease!.id, ...base }),
      await completeMilestoneAction({ projectId: project.id, milestoneId: permits!.id }),
      await deleteMilestoneAction({ projectId: project.id, milestoneId: lease!.id }),
      await reorderMilestonesAction({ projectId: project.id, orderedIds: [close!.id, lease!.id, permits!.id] }),
    ];
    for (const attempt of attempts) expect(attempt.serverError).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/Restore it as a draft/) });
    expect(await snapshot(project.id)).toEqual(before);
    expect((await auditRows(actor.org.id)).filter((row) => row.action.startsWith("milestone."))).toEqual([]);
  });
});

describe("milestone actions are tenant-scoped and permission-checked", () => {
  it("another org's analyst gets NOT_FOUND from every action, and nothing changes", async () => {
    const { actor: owner, project } = await allyWithProject();
    const [lease, permits, close] = await snapshot(project.id);
    const before = await snapshot(project.id);
    const intruder = await createTenant({ role: "admin" });
    const ownProject = await createTenantProject(intruder);
    signedIn = intruder;
    const ref = { projectId: project.id, milestoneId: permits.id };
    const results = await Promise.all([
      createMilestoneAction({ projectId: project.id, ...base }),
      updateMilestoneAction({ ...ref, ...base }),
      completeMilestoneAction(ref),
      deleteMilestoneAction(ref),
      reorderMilestonesAction({ projectId: project.id, orderedIds: [close.id, permits.id, lease.id] }),
      // Their own project with our milestone id: the milestone is not in it.
      updateMilestoneAction({ ...ref, projectId: ownProject.id, ...base }),
      completeMilestoneAction({ ...ref, projectId: ownProject.id }),
      deleteMilestoneAction({ ...ref, projectId: ownProject.id }),
    ]);
    for (const result of results) expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(project.id)).toEqual(before);
    expect(await auditRows(owner.org.id)).toEqual([]);
    expect(await auditRows(intruder.org.id)).toEqual([]);
    expect(await db.outboxEvent.count({ where: { orgId: { in: [owner.org.id, intruder.org.id] } } })).toBe(0);
    await expect(listMilestones(intruder, project.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a viewer is refused (FORBIDDEN) and an investor org gets NOT_FOUND", async () => {
    const { project } = await allyWithProject();
    const [lease] = await snapshot(project.id);
    signedIn = { ...signedIn!, role: "viewer" };
    expect((await completeMilestoneAction({ projectId: project.id, milestoneId: lease.id })).serverError).toMatchObject({ code: "FORBIDDEN" });
    signedIn = await createTenant({ role: "admin", type: "INVESTOR" });
    expect((await completeMilestoneAction({ projectId: project.id, milestoneId: lease.id })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await db.projectMilestone.findUniqueOrThrow({ where: { id: lease.id } })).status).toBe("NOT_STARTED");
  });
});
