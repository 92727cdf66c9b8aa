import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { completeImprovementQuests } from "@/inngest/functions/ai/complete-improvement-quests";
import { toInngestFunction } from "@/inngest/to-inngest-function";
import { completeMetQuests } from "@/lib/gamification/complete-met-quests";
import { generateQuests } from "@/lib/gamification/generate-quests";
import { pickQuests } from "@/lib/gamification/pick-quests";
import { scoreProjectOffline } from "@/lib/signal-score/score-project-offline";
import type { ScoreInputs } from "@/lib/signal-score/score-inputs";
import { createTenant, createTenantProject, db } from "../support/test-db";

const bare: ScoreInputs = {
  project: {
    id: "p",
    name: "Bare",
    description: "Short.",
    projectType: "SOLAR",
    stage: "CONCEPT",
    capacityMw: null,
    totalInvestmentRequired: "1000000.0000",
    currency: "USD",
    targetCloseDate: null,
    geography: "x",
    region: "x",
    hasCoordinates: false,
  },
  milestones: { total: 0, completed: 0, delayed: 0, completedLate: 0, mostOverdue: null },
  budget: { lines: 0, coveragePct: null, contingencyPct: null, linesWithActual: 0, overrunLines: 0, overrunPct: null },
  team: { members: 1, documentUploaders: 0 },
  documents: { total: 0, analysed: 0 },
  sources: [],
};

describe("improvement quests", () => {
  it("picks the missing criteria worth most overall points first", () => {
    const picked = pickQuests(scoreProjectOffline(bare)).slice(0, 3);
    // Financial model: 25 of 100 financial-planning points x 25% weight = 6 overall points.
    expect(picked[0]).toMatchObject({ dimension: "financial_planning", impact: 6, template: { title: "Upload the financial model", actionType: "upload_document" } });
    expect(picked.every((p) => p.impact >= picked[2].impact)).toBe(true);
  });

  it("creates three quests once (no duplicates on a rescore), audited, and completes one when its condition becomes true", async () => {
    const actor = await createTenant();
    const project = await createTenantProject(actor, { description: "Short." });
    const output = scoreProjectOffline(bare);
    expect(await generateQuests(actor.org.id, project.id, output)).toBe(3);
    expect(await generateQuests(actor.org.id, project.id, output)).toBe(0);
    const quests = await db.improvementQuest.findMany({ where: { projectId: project.id } });
    expect(quests).toHaveLength(3);
    expect(await db.auditLog.count({ where: { orgId: actor.org.id, action: "quest.created" } })).toBe(3);

    const milestoneQuest = await db.improvementQuest.create({
      data: { projectId: project.id, title: "Plan your milestones", actionType: "complete_section", targetDimension: "project_viability", estimatedScoreImpact: 3 },
    });
    expect(await completeMetQuests(actor.org.id, project.id)).toBe(0);
    await db.projectMilestone.createMany({
      data: ["A", "B", "C"].map((name, i) => ({ projectId: project.id, name, targetDate: new Date("2099-01-01"), orderIndex: i })),
    });

    const engine = new InngestTestEngine({ function: toInngestFunction(completeImprovementQuests) });
    const { result } = await engine.execute({ events: [{ name: "milestone.changed", data: { orgId: actor.org.id, projectId: project.id } }] });
    expect(result).toEqual({ completed: 1 });
    expect(await db.improvementQuest.findUniqueOrThrow({ where: { id: milestoneQuest.id } })).toMatchObject({ status: "completed", completedAt: expect.any(Date) });
    expect(await completeMetQuests(actor.org.id, project.id)).toBe(0);
  });

  it("another org's id completes nothing", async () => {
    const owner = await createTenant();
    const other = await createTenant();
    const project = await createTenantProject(owner, { capacityMw: "10" });
    const quest = await db.improvementQuest.create({
      data: { projectId: project.id, title: "Record the project's capacity", actionType: "complete_section", estimatedScoreImpact: 2 },
    });
    expect(await completeMetQuests(other.org.id, project.id)).toBe(0);
    expect((await db.improvementQuest.findUniqueOrThrow({ where: { id: quest.id } })).status).toBe("active");
    expect(await completeMetQuests(owner.org.id, project.id)).toBe(1);
  });
});
