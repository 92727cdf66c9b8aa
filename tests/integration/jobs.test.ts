import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { refreshMilestoneDelays } from "@/inngest/functions/projects/refresh-milestone-delays";
import { toInngestFunction } from "@/inngest/to-inngest-function";
import { EmbeddedJobRunner } from "@/lib/jobs/embedded-runner";
import { createTenant, createTenantProject, db } from "../support/test-db";

async function projectWithOverdueMilestone() {
  const actor = await createTenant();
  const project = await createTenantProject(actor, {
    milestones: [
      { name: "Overdue permit", targetDate: "2024-01-31", status: "IN_PROGRESS", completionPct: 50 },
      { name: "Done long ago", targetDate: "2024-01-31", status: "COMPLETED", completedDate: "2024-01-20" },
      { name: "Future close", targetDate: "2099-12-31" },
    ],
  });
  return { actor, project };
}

const statuses = async (projectId: string) =>
  (await db.projectMilestone.findMany({ where: { projectId }, orderBy: { orderIndex: "asc" } })).map((m) => m.status);

describe("refresh-milestone-delays job", () => {
  it("runs through Inngest (@inngest/test): marks only the overdue, unfinished milestone, with an audit row", async () => {
    const { actor, project } = await projectWithOverdueMilestone();
    const engine = new InngestTestEngine({ function: toInngestFunction(refreshMilestoneDelays) });
    const { result } = await engine.execute({ events: [{ name: "projects/milestones.changed", data: { orgId: actor.org.id, projectId: project.id } }] });
    expect(result).toEqual({ marked: 1 });
    expect(await statuses(project.id)).toEqual(["DELAYED", "COMPLETED", "NOT_STARTED"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "milestone.delayed" } });
    expect(audit.userId).toBeNull();
  });

  it("runs through the embedded runner, and a rerun changes nothing twice", async () => {
    const { actor, project } = await projectWithOverdueMilestone();
    const runner = new EmbeddedJobRunner([refreshMilestoneDelays]);
    const [first] = runner.dispatch("projects/milestones.changed", { projectId: project.id });
    expect(await first).toMatchObject({ status: "completed", output: { marked: 1 } });
    const [second] = runner.dispatch("projects/milestones.changed", { projectId: project.id });
    expect(await second).toMatchObject({ status: "completed", output: { marked: 0 } });
    await runner.idle();
    expect(await statuses(project.id)).toEqual(["DELAYED", "COMPLETED", "NOT_STARTED"]);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id, action: "milestone.delayed" } })).toBe(1);
  });

  it("the runner refuses a payload that fails the job's schema and records the failure", async () => {
    const runner = new EmbeddedJobRunner([refreshMilestoneDelays]);
    const [run] = runner.dispatch("projects/milestones.changed", { projectId: "not-a-uuid" });
    expect(await run).toMatchObject({ status: "failed" });
  });
});
