import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { OFFLINE_MODEL } from "@/lib/ai/price-table";
import { readDocumentText } from "@/lib/ai/read-document-text";
import { effectiveMilestoneStatus } from "@/lib/milestones/effective-milestone-status";
import { extractDocumentFacts } from "@/lib/signal-score/extract-document-facts";
import { loadScoreInputs } from "@/lib/signal-score/load-score-inputs";
import { scoreProjectOffline } from "@/lib/signal-score/score-project-offline";
import { ESIA_TEXT, FINANCIAL_MODEL_TEXT, TEAM_TEXT } from "../fixtures/signal-score-documents";
import { forcedTool, startFakeAnthropic, toolUseReply } from "../support/fake-anthropic";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";
import { drainJobs } from "../support/job-worker";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);
vi.mock("@/lib/auth/request-meta", () => ({ getRequestMeta: async () => ({ ipAddress: "198.51.100.4", userAgent: "action-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { requestSignalScoreAction } = await import("@/lib/signal-score/actions");
const { rateAiOutputAction } = await import("@/lib/ai/actions");

let fake: Awaited<ReturnType<typeof startFakeAnthropic>>;
beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(() => fake.close());
beforeEach(() => {
  signedIn = null;
  fake.reset();
  delete process.env.ANTHROPIC_API_KEY;
});

async function addDocument(actor: Actor, projectId: string, name: string, text: string) {
  const document = await db.document.create({
    data: {
      orgId: actor.org.id,
      projectId,
      name,
      fileType: "pdf",
      mimeType: "application/pdf",
      s3Key: `t/${name}`,
      s3Bucket: "test",
      status: "READY",
      uploadedBy: actor.user.id,
      checksumSha256: "0".repeat(64),
    },
  });
  await db.documentExtraction.create({ data: { documentId: document.id, extractionType: "TEXT", status: "COMPLETED", content: text, pageCount: 2 } });
  return document;
}

async function projectWithDataRoom(actor: Actor) {
  const project = await createTenantProject(actor, {
    milestones: [{ name: "Permit", targetDate: "2099-01-01" }],
    budget: [{ category: "EPC", description: "EPC", estimated: "600000" }],
  });
  for (const [name, text] of [
    ["Financial model.xlsx", FINANCIAL_MODEL_TEXT],
    ["ESIA.pdf", ESIA_TEXT],
    ["Team CVs.pdf", TEAM_TEXT],
  ])
    await addDocument(actor, project.id, name, text);
  return project;
}

async function requestAndWait(projectId: string) {
  const result = await requestSignalScoreAction({ projectId });
  await drainJobs();
  return result;
}

describe("Signal Score: request, job, versions", () => {
  it("an analyst requests a score: version 1 goes PENDING -> COMPLETED offline, with citations, lineage and an audit row", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const project = await projectWithDataRoom(signedIn);
    const { data } = await requestAndWait(project.id);
    expect(data).toMatchObject({ version: 1, alreadyRunning: false });

    const score = await db.signalScore.findUniqueOrThrow({ where: { id: data!.id } });
    expect(score).toMatchObject({ status: "COMPLETED", modelVersion: "offline-rules-v1", triggeredBy: signedIn.user.id, orgId: signedIn.org.id });
    expect(Number(score.esgScore)).toBe(100);
    expect(Number(score.overallScore)).toBeGreaterThan(40);
    const citations = await db.citation.findMany({ where: { aiOutputId: score.id }, orderBy: { citationNumber: "asc" } });
    expect(citations.length).toBeGreaterThan(5);
    expect(citations.find((c) => /IFC Performance Standards/.test(c.excerpt ?? ""))).toMatchObject({ pageNumber: 2 });
    const quoted = citations.map((c) => `${c.documentId}|${c.pageNumber}|${c.excerpt}`);
    expect(new Set(quoted).size).toBe(quoted.length);
    const lineage = await db.lineageRecord.findMany({ where: { entityType: "SignalScore", entityId: score.id } });
    expect(lineage.filter((l) => l.sourceType === "Project")).toHaveLength(5);
    expect(new Set(lineage.filter((l) => l.contribution === "esg_score" && l.sourceType === "Document").map((l) => l.sourceId)).size).toBe(1);
    const audit = await db.auditLog.findMany({ where: { entityId: score.id }, orderBy: { timestamp: "asc" } });
    expect(audit.map((a) => [a.action, a.userId])).toEqual([
      ["signal_score.requested", signedIn.user.id],
      ["signal_score.completed", null],
    ]);
    const log = await db.aiTaskLog.findFirstOrThrow({ where: { entityId: score.id, agentType: "SIGNAL_SCORE" } });
    expect(log).toMatchObject({ status: "COMPLETED", modelUsed: "offline-rules-v1" });
  });

  it("each run is a new version, and re-scoring an unchanged data room reads every analysis from the cache", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const project = await projectWithDataRoom(signedIn);
    await requestAndWait(project.id);
    const second = await requestAndWait(project.id);
    expect(second.data?.version).toBe(2);
    const runs = await db.aiTaskLog.findMany({ where: { orgId: signedIn.org.id, agentType: "DOCUMENT_EXTRACTION" } });
    expect(runs).toHaveLength(3);
    expect(await db.analysisExtraction.count({ where: { orgId: signedIn.org.id } })).toBe(3);
    const secondLog = await db.aiTaskLog.findFirstOrThrow({ where: { entityId: second.data!.id, agentType: "SIGNAL_SCORE" } });
    expect(secondLog.inputData).toMatchObject({ input: { analyses: { cached: 3, computed: 0 } } });
  });

  it("a request while a run is pending joins it instead of queueing another version", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const project = await createTenantProject(signedIn);
    const pending = await db.signalScore.create({ data: { orgId: signedIn.org.id, projectId: project.id, version: 4, status: "PENDING" } });
    const { data } = await requestSignalScoreAction({ projectId: project.id });
    expect(data).toEqual({ id: pending.id, version: 4, alreadyRunning: true });
    expect(await db.signalScore.count({ where: { projectId: project.id } })).toBe(1);
  });

  it("scores a project with no data low, with reasons, rather than failing", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const project = await createTenantProject(signedIn, { stage: "CONCEPT", description: "Idea." });
    const { data } = await requestAndWait(project.id);
    const score = await db.signalScore.findUniqueOrThrow({ where: { id: data!.id } });
    expect(score.status).toBe("COMPLETED");
    expect(Number(score.overallScore)).toBeLessThan(20);
    expect(score.narrative).toMatch(/no readable evidence/);
  });

  it("a viewer cannot request a score, and another tenant's project is a 404 with nothing written", async () => {
    const owner = await createTenant();
    const project = await createTenantProject(owner);
    signedIn = await createTenant({ role: "viewer" });
    expect((await requestSignalScoreAction({ projectId: project.id })).serverError).toMatchObject({ code: "FORBIDDEN" });
    signedIn = await createTenant({ role: "admin" });
    expect((await requestSignalScoreAction({ projectId: project.id })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.signalScore.count({ where: { projectId: project.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: signedIn.org.id } })).toBe(0);
  });
});

describe("Signal Score inputs from the database", () => {
  const day = (offset: number) => new Date(Date.UTC(2026, 11, 6 + offset)).toISOString().slice(0, 10);
  const today = new Date(`${day(0)}T00:00:00Z`);

  it("counts delays as the Milestones tab shows them, budget quality, and re-derives stale offline analyses", async () => {
    const actor = await createTenant({ role: "analyst" });
    const project = await createTenantProject(actor, {
      milestones: [
        { name: "Land lease", targetDate: day(-200), status: "COMPLETED", completedDate: day(-150) },
        { name: "Grid study", targetDate: day(-26), status: "IN_PROGRESS" },
        { name: "Financial close", targetDate: day(200) },
      ],
      budget: [
        { category: "EPC", description: "EPC contract", estimated: "500000", actual: "840000" },
        { category: "Grid", description: "Line", estimated: "100000" },
      ],
    });
    const plan = await addDocument(actor, project.id, "Plan.pdf", "The ESIA has not started.\nWe will apply for a grid connection.");
    const text = await readDocumentText(actor.org.id, plan.id);
    // What an earlier rule set cached for this very text: a denial taken as evidence.
    await db.analysisExtraction.create({
      data: {
        orgId: actor.org.id,
        documentId: plan.id,
        extractionType: "KEY_FIGURES",
        contentHash: text!.contentHash,
        modelUsed: OFFLINE_MODEL,
        result: { facts: [{ key: "esia", page: 1, excerpt: "The ESIA has not started." }] },
      },
    });

    const { inputs, analyses } = await loadScoreInputs(actor, project.id, today);
    const rows = await db.projectMilestone.findMany({ where: { projectId: project.id } });
    const tabDelayed = rows.filter((m) => effectiveMilestoneStatus(m, today) === "DELAYED").length;
    expect(inputs.milestones).toEqual({
      total: 3,
      completed: 1,
      delayed: tabDelayed,
      completedLate: 1,
      mostOverdue: { name: "Grid study", targetDate: day(-26), daysOverdue: 26 },
    });
    expect(tabDelayed).toBe(1);
    expect(inputs.budget).toEqual({ lines: 2, coveragePct: 60, contingencyPct: null, linesWithActual: 1, overrunLines: 1, overrunPct: 68 });
    expect(analyses).toEqual({ cached: 1, computed: 0 });
    expect(inputs.sources).toEqual([]);

    const output = scoreProjectOffline(inputs);
    expect(output.dimensions.risk_assessment.criteria.find((c) => c.label === "Delivery record")?.explanation).toMatch(
      /^1 milestone\(s\) delayed \("Grid study" is 26 day\(s\)/,
    );
    expect(output.dimensions.esg.criteria.find((c) => c.label === "Environmental and social assessment")?.points).toBe(0);
  });

  it("re-scoring an unchanged project gives the same score, criteria and narrative", async () => {
    signedIn = await createTenant({ role: "analyst" });
    const project = await projectWithDataRoom(signedIn);
    const first = await loadScoreInputs(signedIn, project.id, today);
    const second = await loadScoreInputs(signedIn, project.id, today);
    expect(second.inputs).toEqual(first.inputs);
    expect(scoreProjectOffline(second.inputs)).toEqual(scoreProjectOffline(first.inputs));

    const runs = [await requestAndWait(project.id), await requestAndWait(project.id)];
    const scores = await db.signalScore.findMany({ where: { id: { in: runs.map((r) => r.data!.id) } }, orderBy: { version: "asc" } });
    const comparable = scores.map(({ overallScore, projectViabilityScore, financialPlanningScore, riskAssessmentScore, teamStrengthScore, esgScore, narrative }) => ({
      overallScore: overallScore?.toString(),
      projectViabilityScore: projectViabilityScore?.toString(),
      financialPlanningScore: financialPlanningScore?.toString(),
      riskAssessmentScore: riskAssessmentScore?.toString(),
      teamStrengthScore: teamStrengthScore?.toString(),
      esgScore: esgScore?.toString(),
      narrative,
    }));
    expect(comparable[1]).toEqual(comparable[0]);
  });
});

describe("Signal Score through the fake Messages API", () => {
  function answerByTool(scoreInput: () => unknown) {
    return (request: Parameters<typeof forcedTool>[0]) => {
      if (forcedTool(request) === "record_document_facts") {
        const text = String((request.body.messages as { content: string }[])[0].content);
        return toolUseReply("record_document_facts", extractDocumentFacts(text.slice(text.indexOf("form feeds):") + 12)), { input_tokens: 2_000, output_tokens: 300 });
      }
      return toolUseReply("record_signal_score", scoreInput(), { input_tokens: 5_000, output_tokens: 1_500 });
    };
  }

  it("scores end to end through the SDK; the rescore spends no tokens on document analyses", async () => {
    process.env.ANTHROPIC_API_KEY = "sk-ant-test";
    process.env.ANTHROPIC_BASE_URL = fake.baseURL;
    signedIn = await createTenant({ role: "analyst" });
    const project = await projectWithDataRoom(signedIn);
    const modelScore = {
      ...scoreProjectOffline({
        project: {
          id: project.id,
          name: project.name,
          description: "",
          projectType: "SOLAR",
          stage: "DEVELOPMENT",
          capacityMw: null,
          totalInvestmentRequired: "1",
          currency: "USD",
          targetCloseDate: null,
          geography: "",
          region: "",
          hasCoordinates: false,
        },
        milestones: { total: 0, completed: 0, delayed: 0, completedLate: 0, mostOverdue: null },
        budget: { lines: 0, coveragePct: null, contingencyPct: null, linesWithActual: 0, overrunLines: 0, overrunPct: null },
        team: { members: 1, documentUploaders: 1 },
        documents: { total: 0, analysed: 0 },
        sources: [],
      }),
      narrative: "Model narrative citing [1] and [2].",
    };
    fake.reply(answerByTool(() => modelScore));

    const first = await requestAndWait(project.id);
    expect(fake.requests.map(forcedTool).sort()).toEqual(["record_document_facts", "record_document_facts", "record_document_facts", "record_signal_score"]);
    const score = await db.signalScore.findUniqueOrThrow({ where: { id: first.data!.id } });
    expect(score).toMatchObject({ status: "COMPLETED", modelVersion: "claude-sonnet-4-5-20250929", narrative: "Model narrative citing [1] and [2]." });
    expect(await db.citation.count({ where: { aiOutputId: score.id, citationNumber: { in: [1, 2] } } })).toBe(2);
    const spent = await db.aiTaskLog.aggregate({ where: { orgId: signedIn.org.id }, _sum: { costUsd: true, tokensInput: true } });
    expect(spent._sum.tokensInput).toBe(11_000);
    // 3 x (2000*3 + 300*15)/1e6 + (5000*3 + 1500*15)/1e6
    expect(spent._sum.costUsd?.toFixed(6)).toBe("0.069000");

    fake.reset();
    fake.reply(answerByTool(() => modelScore));
    const second = await requestAndWait(project.id);
    expect(second.data?.version).toBe(2);
    expect(fake.requests.map(forcedTool)).toEqual(["record_signal_score"]);
  });

  it("a score answer that fails the schema twice marks the version FAILED and stores no score", async () => {
    process.env.ANTHROPIC_API_KEY = "sk-ant-test";
    process.env.ANTHROPIC_BASE_URL = fake.baseURL;
    signedIn = await createTenant({ role: "analyst" });
    const project = await createTenantProject(signedIn);
    fake.reply(answerByTool(() => ({ dimensions: { esg: { score: 900 } }, narrative: "" })));
    const { data } = await requestAndWait(project.id);
    const score = await db.signalScore.findUniqueOrThrow({ where: { id: data!.id } });
    expect(score).toMatchObject({ status: "FAILED", esgScore: null, projectViabilityScore: null });
    expect(score.narrative).toMatch(/^Scoring failed: The AI answer was malformed twice/);
    expect(fake.requests).toHaveLength(2);
    expect(await db.citation.count({ where: { aiOutputId: score.id } })).toBe(0);
    const log = await db.aiTaskLog.findFirstOrThrow({ where: { entityId: score.id } });
    expect(log).toMatchObject({ status: "FAILED", outputData: null });
  });

  it("an exhausted budget stops the run cleanly before any call", async () => {
    process.env.ANTHROPIC_API_KEY = "sk-ant-test";
    process.env.ANTHROPIC_BASE_URL = fake.baseURL;
    signedIn = await createTenant({ role: "analyst" });
    await db.organization.update({ where: { id: signedIn.org.id }, data: { aiMonthlyBudget: "0.01" } });
    const project = await projectWithDataRoom(signedIn);
    const { data } = await requestAndWait(project.id);
    const score = await db.signalScore.findUniqueOrThrow({ where: { id: data!.id } });
    expect(score.status).toBe("FAILED");
    expect(score.narrative).toMatch(/AI budget is used up/);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("prompt versions", () => {
  it("after the admin activates a new signal_score version, the next score's log names it", async () => {
    const { activatePromptVersion } = await import("@/lib/prompts/activate-prompt-version");
    const { createPromptVersion } = await import("@/lib/prompts/create-prompt-version");
    const { SIGNAL_SCORE_PROMPT } = await import("@/lib/ai/prompts/signal-score");
    const admin = await createTenant({ type: "ADMIN" });
    const created = await createPromptVersion(admin, {
      taskType: "signal_score",
      content: `${SIGNAL_SCORE_PROMPT.content}\n\nBe strict about permits.`,
      notes: "Stricter on permits.",
    });
    await activatePromptVersion(admin, created.id);
    signedIn = await createTenant({ role: "analyst" });
    const project = await createTenantProject(signedIn);
    const { data } = await requestAndWait(project.id);
    const log = await db.aiTaskLog.findFirstOrThrow({ where: { entityId: data!.id, agentType: "SIGNAL_SCORE" } });
    expect(log.inputData).toMatchObject({ prompt: { taskType: "signal_score", version: created.version, id: created.id } });
  });
});

describe("feedback on a score", () => {
  it("records thumbs up with a comment, replaces it on a second rating, audits both; another tenant gets 404", async () => {
    signedIn = await createTenant({ role: "viewer" });
    const project = await createTenantProject(signedIn);
    const score = await db.signalScore.create({ data: { orgId: signedIn.org.id, projectId: project.id, status: "COMPLETED", overallScore: "50" } });
    const first = await rateAiOutputAction({ entityType: "SignalScore", entityId: score.id, rating: 1, comment: "Useful" });
    expect(first.data).toMatchObject({ rating: 1, comment: "Useful" });
    await rateAiOutputAction({ entityType: "SignalScore", entityId: score.id, rating: -1 });
    const rows = await db.aiFeedback.findMany({ where: { entityId: score.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ rating: -1, comment: null, userId: signedIn.user.id });
    expect((await db.auditLog.findMany({ where: { entityId: rows[0].id } })).map((a) => a.action).sort()).toEqual(["ai_feedback.created", "ai_feedback.updated"]);
    signedIn = await createTenant();
    expect((await rateAiOutputAction({ entityType: "SignalScore", entityId: score.id, rating: 1 })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.aiFeedback.count({ where: { entityId: score.id } })).toBe(1);
    expect((await rateAiOutputAction({ entityType: "SignalScore", entityId: score.id, rating: 2 as 1 })).validationErrors?.fieldErrors).toHaveProperty("rating");
  });
});

describe("feedback on an improvement quest", () => {
  it("is recorded for the org's own quest; another tenant's quest is a 404 and nothing is written", async () => {
    signedIn = await createTenant({ role: "viewer" });
    const project = await createTenantProject(signedIn);
    const quest = await db.improvementQuest.create({
      data: { projectId: project.id, title: "Upload the grid study", actionType: "upload_document", estimatedScoreImpact: 4 },
    });
    const rated = await rateAiOutputAction({ entityType: "ImprovementQuest", entityId: quest.id, rating: -1, comment: "Already uploaded" });
    expect(rated.data).toMatchObject({ rating: -1, comment: "Already uploaded" });
    expect(await db.auditLog.count({ where: { orgId: signedIn.org.id, action: "ai_feedback.created" } })).toBe(1);

    signedIn = await createTenant({ role: "admin" });
    expect((await rateAiOutputAction({ entityType: "ImprovementQuest", entityId: quest.id, rating: 1 })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.aiFeedback.count({ where: { entityId: quest.id } })).toBe(1);
  });
});
