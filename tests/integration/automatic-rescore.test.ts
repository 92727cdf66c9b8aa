import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { rescoreSignal } from "@/inngest/functions/ai/rescore-signal";
import { toInngestFunction } from "@/inngest/to-inngest-function";
import { createBudgetItem } from "@/lib/budget/create-budget-item";
import { createBudgetItemSchema } from "@/lib/budget/schemas";
import { createMilestone } from "@/lib/milestones/create-milestone";
import { createMilestoneSchema } from "@/lib/milestones/schemas";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { drainJobs, manualClock } from "../support/job-worker";

// setup-env turns the trigger off for other files; here it is on, with the real 2-minute debounce
// passed on a hand-moved clock.
process.env.AUTO_RESCORE = "on";
delete process.env.ANTHROPIC_API_KEY;

const versions = (projectId: string) => db.signalScore.findMany({ where: { projectId }, orderBy: { version: "asc" } });

async function editMilestoneThenBudget(actor: Actor, projectId: string) {
  await createMilestone(actor, createMilestoneSchema.parse({ projectId, name: "Grid connection", targetDate: "2099-06-30", status: "NOT_STARTED", completionPct: 0 }));
  await createBudgetItem(
    actor,
    createBudgetItemSchema.parse({
      projectId,
      category: "EPC",
      description: "Modules",
      estimatedAmount: "1200000.5000",
      actualAmount: null,
      currency: "USD",
      status: "PLANNED",
    }),
  );
}

describe("automatic Signal Score rescore", () => {
  it("a milestone write then a budget write make exactly one new version, by the system; another tenant's project is untouched", async () => {
    const actor = await createTenant();
    const project = await createTenantProject(actor, { currency: "USD" });
    const other = await createTenant();
    const otherProject = await createTenantProject(other, { currency: "USD" });

    const clock = manualClock();
    await editMilestoneThenBudget(actor, project.id);
    await drainJobs({ now: clock.now, debounceMs: undefined });
    expect(await versions(project.id)).toHaveLength(0);
    clock.advance(119_000);
    await drainJobs({ now: clock.now, debounceMs: undefined });
    expect(await versions(project.id)).toHaveLength(0);
    clock.advance(1_000);
    await drainJobs({ now: clock.now, debounceMs: undefined });

    const scores = await versions(project.id);
    expect(scores).toHaveLength(1);
    expect(scores[0]).toMatchObject({ version: 1, status: "COMPLETED", triggeredBy: null, orgId: actor.org.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "signal_score.requested", entityId: scores[0].id } });
    expect(audit.userId).toBeNull();
    expect(await versions(otherProject.id)).toHaveLength(0);
    expect(await db.auditLog.count({ where: { orgId: other.org.id, action: "signal_score.requested" } })).toBe(0);
  });

  it("a project archived before the debounced run is not rescored", async () => {
    const actor = await createTenant();
    const project = await createTenantProject(actor, { currency: "USD" });
    await editMilestoneThenBudget(actor, project.id);
    await db.project.update({ where: { id: project.id }, data: { status: "ARCHIVED" } });
    await drainJobs();
    expect(await versions(project.id)).toHaveLength(0);
  });

  it("on Inngest: the function is debounced per project for 2 minutes, and a forged org id changes nothing", async () => {
    const fn = toInngestFunction(rescoreSignal);
    expect(fn.opts).toMatchObject({ id: "rescore-signal", debounce: { key: "event.data.projectId", period: "2m" } });

    const actor = await createTenant();
    const project = await createTenantProject(actor, { currency: "USD" });
    const other = await createTenant();
    const forged = await new InngestTestEngine({ function: fn }).execute({ events: [{ name: "budget.changed", data: { orgId: other.org.id, projectId: project.id } }] });
    expect(forged.result).toEqual({ skipped: "missing" });

    const { result, error } = await new InngestTestEngine({ function: fn }).execute({
      events: [{ name: "budget.changed", data: { orgId: actor.org.id, projectId: project.id } }],
    });
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ version: 1, alreadyRunning: false });
    await drainJobs();
    expect(await versions(project.id)).toMatchObject([{ version: 1, status: "COMPLETED", triggeredBy: null }]);
  });
});
