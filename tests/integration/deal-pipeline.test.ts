import { signIn, TEST_REQUEST_META } from "../support/mock-request-context";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/tenant-context";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import type { PipelineStage } from "@/lib/pipeline/pipeline-stages";
import { createInvestorMandate, createMatch, createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { addToPipelineAction, moveDealStageAction, listDealHistoryAction } = await import("@/lib/pipeline/actions");
const { addToPipeline } = await import("@/lib/pipeline/add-to-pipeline");
const { moveDealStage } = await import("@/lib/pipeline/move-deal-stage");
const { listPipeline } = await import("@/lib/pipeline/list-pipeline");
const { listDealHistory } = await import("@/lib/pipeline/list-deal-history");
const { getPipelineFunnel } = await import("@/lib/pipeline/get-pipeline-funnel");
const { getPipelineStage } = await import("@/lib/pipeline/get-pipeline-stage");
const { addToPipelineSchema, moveDealStageSchema } = await import("@/lib/pipeline/schemas");
const { askQuestion } = await import("@/lib/qa/ask-question");
const { closeQuestion } = await import("@/lib/qa/close-question");
const { askQuestionSchema } = await import("@/lib/qa/schemas");

beforeEach(() => signIn(null));

async function memberOf(actor: Actor, role: Role): Promise<Actor> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.org.id } });
  const user = await createUser(db, { orgId: actor.org.id, role });
  return { ...toTenantContext(user, org), request: actor.request };
}

/** An investor (analyst) and an ally with a listed project. */
async function buildWorld() {
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const ally = await createTenant({ type: "ALLY", role: "manager" });
  const project = await createTenantProject(ally, { isPublished: true, name: `Lodwar Solar ${ally.org.id.slice(0, 6)}` });
  return { investor, ally, project };
}

const add = (actor: Actor, projectId: string, overrides: Record<string, unknown> = {}) =>
  addToPipeline(actor, addToPipelineSchema.parse({ projectId, reason: "Fits the East Africa mandate", ...overrides }));
const move = (actor: Actor, entryId: string, from: PipelineStage, to: PipelineStage, reason = `Moving to ${to}`) =>
  moveDealStage(actor, moveDealStageSchema.parse({ entryId, from, to, reason }));

const transitions = (entryId: string) => db.dealStageTransition.findMany({ where: { entryId }, orderBy: [{ movedAt: "asc" }, { id: "asc" }] });
const audits = (orgId: string, entityId: string) => db.auditLog.findMany({ where: { orgId, entityId }, orderBy: [{ timestamp: "asc" }, { id: "asc" }] });
const events = (orgId: string) => db.outboxEvent.findMany({ where: { orgId, name: "deal.stage_changed" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

describe("adding a project to the pipeline", () => {
  it("adds a listed project in the chosen stage: entry, first transition from nothing, audit and event", async () => {
    const w = await buildWorld();
    const entry = await add(w.investor, w.project.id, { stage: "screening" });
    expect(entry).toMatchObject({ orgId: w.investor.org.id, projectId: w.project.id, stage: "screening", matchId: null, addedBy: w.investor.user.id });
    expect(await transitions(entry.id)).toMatchObject([
      { orgId: w.investor.org.id, fromStage: null, toStage: "screening", reason: "Fits the East Africa mandate", movedBy: w.investor.user.id },
    ]);
    expect(await audits(w.investor.org.id, w.project.id)).toMatchObject([
      { action: "deal.added", entityType: "Project", userId: w.investor.user.id, changes: { after: { stage: "screening", reason: "Fits the East Africa mandate" } } },
    ]);
    expect((await events(w.investor.org.id)).map((e) => e.payload)).toEqual([
      { orgId: w.investor.org.id, entryId: entry.id, projectId: w.project.id, from: null, to: "screening" },
    ]);
    expect(await getPipelineStage(w.investor, w.project.id)).toBe("screening");
    expect(await getPipelineStage(await createTenant({ type: "INVESTOR" }), w.project.id)).toBeNull();
  });

  it("starts in sourced by default", async () => {
    const w = await buildWorld();
    expect((await add(w.investor, w.project.id)).stage).toBe("sourced");
  });

  it("a draft or unpublished project is NOT_FOUND and nothing is written", async () => {
    const w = await buildWorld();
    const draft = await createTenantProject(w.ally);
    const unpublished = await createTenantProject(w.ally, { isPublished: false, status: "ACTIVE" });
    for (const project of [draft, unpublished]) await expect(add(w.investor, project.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.dealPipelineEntry.count({ where: { orgId: w.investor.org.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: w.investor.org.id } })).toBe(0);
  });

  it("adding the same project twice is a CONFLICT naming its stage", async () => {
    const w = await buildWorld();
    await add(w.investor, w.project.id, { stage: "diligence" });
    await expect(add(w.investor, w.project.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: `${w.project.name} is already in your pipeline (Diligence).`,
    });
    expect(await db.dealPipelineEntry.count({ where: { orgId: w.investor.org.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { orgId: w.investor.org.id, action: "deal.added" } })).toBe(1);
    // Another investor has its own pipeline.
    const rival = await createTenant({ type: "INVESTOR" });
    expect((await add(rival, w.project.id)).orgId).toBe(rival.org.id);
  });

  it("links the org's best match for the project, not another org's", async () => {
    const w = await buildWorld();
    const rival = await createTenant({ type: "INVESTOR" });
    const mandate = async (orgId: string) => (await createInvestorMandate(db, { orgId })).id;
    await createMatch(db, { investorOrgId: rival.org.id, projectId: w.project.id, mandateId: await mandate(rival.org.id), overallScore: 99 });
    await createMatch(db, { investorOrgId: w.investor.org.id, projectId: w.project.id, mandateId: await mandate(w.investor.org.id), overallScore: 61 });
    const best = await createMatch(db, { investorOrgId: w.investor.org.id, projectId: w.project.id, mandateId: await mandate(w.investor.org.id), overallScore: 84 });
    const entry = await add(w.investor, w.project.id);
    expect(entry.matchId).toBe(best.id);
    expect((await listPipeline(w.investor)).map((d) => d.matchScore)).toEqual([84]);
  });
});

describe("moving a deal", () => {
  it("moves forwards and back, each move a transition with its reason, an audit entry and an event", async () => {
    const w = await buildWorld();
    const entry = await add(w.investor, w.project.id);
    await move(w.investor, entry.id, "sourced", "screening", "Grid and PPA look bankable");
    await move(w.investor, entry.id, "screening", "diligence", "NDA signed");
    const back = await move(w.investor, entry.id, "diligence", "screening", "The offtaker's rating slipped; re-screen");
    expect(back.stage).toBe("screening");
    expect((await transitions(entry.id)).map((t) => [t.fromStage, t.toStage, t.reason, t.movedBy])).toEqual([
      [null, "sourced", "Fits the East Africa mandate", w.investor.user.id],
      ["sourced", "screening", "Grid and PPA look bankable", w.investor.user.id],
      ["screening", "diligence", "NDA signed", w.investor.user.id],
      ["diligence", "screening", "The offtaker's rating slipped; re-screen", w.investor.user.id],
    ]);
    expect((await audits(w.investor.org.id, w.project.id)).map((a) => [a.action, a.entityType, a.changes])).toEqual([
      ["deal.added", "Project", { after: { stage: "sourced", reason: "Fits the East Africa mandate" } }],
      ["deal.stage_changed", "Project", { before: { stage: "sourced" }, after: { stage: "screening", reason: "Grid and PPA look bankable" } }],
      ["deal.stage_changed", "Project", { before: { stage: "screening" }, after: { stage: "diligence", reason: "NDA signed" } }],
      ["deal.stage_changed", "Project", { before: { stage: "diligence" }, after: { stage: "screening", reason: "The offtaker's rating slipped; re-screen" } }],
    ]);
    expect((await events(w.investor.org.id)).map((e) => e.payload)).toEqual([
      { orgId: w.investor.org.id, entryId: entry.id, projectId: w.project.id, from: null, to: "sourced" },
      { orgId: w.investor.org.id, entryId: entry.id, projectId: w.project.id, from: "sourced", to: "screening" },
      { orgId: w.investor.org.id, entryId: entry.id, projectId: w.project.id, from: "screening", to: "diligence" },
      { orgId: w.investor.org.id, entryId: entry.id, projectId: w.project.id, from: "diligence", to: "screening" },
    ]);
    const history = await listDealHistory(w.investor, entry.id);
    expect(history.map((h) => [h.from, h.to])).toEqual([
      ["diligence", "screening"],
      ["screening", "diligence"],
      ["sourced", "screening"],
      [null, "sourced"],
    ]);
    expect(history[0]).toMatchObject({ reason: "The offtaker's rating slipped; re-screen", movedBy: w.investor.user.fullName });
  });

  it("a move from a stage the deal has left is STALE_WRITE; to the stage it is in is VALIDATION; nothing is written", async () => {
    const w = await buildWorld();
    const entry = await add(w.investor, w.project.id);
    await move(w.investor, entry.id, "sourced", "screening");
    await expect(move(w.investor, entry.id, "sourced", "diligence")).rejects.toMatchObject({
      code: "STALE_WRITE",
      message: "Someone moved this deal to Screening meanwhile. Reload the pipeline and try again.",
    });
    await expect(move(w.investor, entry.id, "screening", "screening")).rejects.toMatchObject({ code: "VALIDATION", message: "The deal is already in Screening." });
    expect(await transitions(entry.id)).toHaveLength(2);
    expect(await db.auditLog.count({ where: { orgId: w.investor.org.id, action: "deal.stage_changed" } })).toBe(1);
    expect(await events(w.investor.org.id)).toHaveLength(2);
    expect((await db.dealPipelineEntry.findUniqueOrThrow({ where: { id: entry.id } })).stage).toBe("screening");
  });

  it("of two moves from the same stage at once, exactly one goes through; the other is STALE_WRITE", async () => {
    const w = await buildWorld();
    const colleague = await memberOf(w.investor, "manager");
    const entry = await add(w.investor, w.project.id);
    const results = await Promise.allSettled([move(w.investor, entry.id, "sourced", "screening", "Mine"), move(colleague, entry.id, "sourced", "closed_lost", "Theirs")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toMatchObject([{ code: "STALE_WRITE" }]);
    const rows = await transitions(entry.id);
    expect(rows).toHaveLength(2);
    expect((await db.dealPipelineEntry.findUniqueOrThrow({ where: { id: entry.id } })).stage).toBe(rows[1]!.toStage);
    expect(await db.auditLog.count({ where: { orgId: w.investor.org.id, action: "deal.stage_changed" } })).toBe(1);
  });

  it("another investor's deal is NOT_FOUND to move or to read, as is a malformed id", async () => {
    const w = await buildWorld();
    const entry = await add(w.investor, w.project.id);
    const rival = await createTenant({ type: "INVESTOR", role: "admin" });
    await expect(move(rival, entry.id, "sourced", "screening")).rejects.toMatchObject({ code: "NOT_FOUND", message: "Deal not found." });
    await expect(listDealHistory(rival, entry.id)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Deal not found." });
    await expect(listDealHistory(w.investor, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listPipeline(rival)).toEqual([]);
    expect(await transitions(entry.id)).toHaveLength(1);
  });
});

describe("the pipeline's views", () => {
  it("lists each deal with its stage, last reason and the org's own open questions on the project", async () => {
    const w = await buildWorld();
    const other = await createTenantProject(w.ally, { isPublished: true });
    const rival = await createTenant({ type: "INVESTOR" });
    const ask = (actor: Actor, projectId: string) =>
      askQuestion(actor, askQuestionSchema.parse({ projectId, question: "Is the land lease registered?", category: "legal", priority: "normal" }));
    await ask(w.investor, w.project.id);
    await ask(w.investor, w.project.id);
    await closeQuestion(w.investor, (await ask(w.investor, w.project.id)).id);
    await ask(rival, w.project.id);
    await ask(w.investor, other.id);
    const first = await add(w.investor, w.project.id);
    await move(w.investor, first.id, "sourced", "diligence", "Straight to diligence: NDA in place");
    const second = await add(w.investor, other.id, { reason: "Worth a first look" });

    const deals = await listPipeline(w.investor);
    expect(deals.map((d) => [d.id, d.stage, d.lastReason, d.openQuestions, d.projectName, d.allyOrgName])).toEqual([
      [second.id, "sourced", "Worth a first look", 1, other.name, w.ally.org.name],
      [first.id, "diligence", "Straight to diligence: NDA in place", 2, w.project.name, w.ally.org.name],
    ]);
    const lastMove = (await transitions(first.id)).at(-1)!;
    expect(deals[1]!.enteredStageAt).toBe(lastMove.movedAt.toISOString());
  });

  it("counts the deals that reached each stage and the conversion from the step before", async () => {
    const w = await buildWorld();
    const projects = await Promise.all([0, 1, 2].map(() => createTenantProject(w.ally, { isPublished: true })));
    // Lost in diligence: it reached sourced, screening and diligence.
    const lost = await add(w.investor, projects[0]!.id);
    await move(w.investor, lost.id, "sourced", "screening");
    await move(w.investor, lost.id, "screening", "diligence");
    await move(w.investor, lost.id, "diligence", "closed_lost");
    // Entered at the committee and won: it counts for every step.
    const won = await add(w.investor, projects[1]!.id, { stage: "investment_committee" });
    await move(w.investor, won.id, "investment_committee", "closed_won");
    // Still sourced.
    await add(w.investor, projects[2]!.id);
    // Another org's deals change nothing.
    const rival = await createTenant({ type: "INVESTOR" });
    await add(rival, projects[0]!.id, { stage: "closed_won" });

    // Reached: sourced 3, screening 2, diligence 2, committee 1, won 1.
    // Conversion: 2/3 = 66.7 -> 67, 2/2 = 100, 1/2 = 50, 1/1 = 100.
    expect(await getPipelineFunnel(w.investor)).toEqual([
      { stage: "sourced", reached: 3, conversionPct: null },
      { stage: "screening", reached: 2, conversionPct: 67 },
      { stage: "diligence", reached: 2, conversionPct: 100 },
      { stage: "investment_committee", reached: 1, conversionPct: 50 },
      { stage: "closed_won", reached: 1, conversionPct: 100 },
    ]);
    const empty = await getPipelineFunnel(await createTenant({ type: "INVESTOR" }));
    expect(empty.map((s) => [s.reached, s.conversionPct])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, null],
      [0, null],
    ]);
  });
});

describe("through the actions", () => {
  it("an investor analyst adds and moves; audit rows carry the request's meta", async () => {
    const w = await buildWorld();
    signIn(w.investor);
    const added = await addToPipelineAction({ projectId: w.project.id, reason: "Fits the mandate" });
    expect(added.serverError).toBeUndefined();
    expect(added.data).toMatchObject({ stage: "sourced" });
    const moved = await moveDealStageAction({ entryId: added.data!.id, from: "sourced", to: "screening", reason: "Bankable" });
    expect(moved.data).toEqual({ id: added.data!.id, stage: "screening" });
    expect((await audits(w.investor.org.id, w.project.id)).map((a) => [a.action, a.ipAddress])).toEqual([
      ["deal.added", TEST_REQUEST_META.ipAddress],
      ["deal.stage_changed", TEST_REQUEST_META.ipAddress],
    ]);
    const history = await listDealHistoryAction({ entryId: added.data!.id });
    expect(history.data?.map((h) => h.to)).toEqual(["screening", "sourced"]);
    expect((await moveDealStageAction({ entryId: added.data!.id, from: "sourced", to: "diligence", reason: "Late" })).serverError).toMatchObject({
      code: "STALE_WRITE",
    });
  });

  it("refuses an empty reason and unknown stages with their messages", async () => {
    const w = await buildWorld();
    signIn(w.investor);
    expect((await addToPipelineAction({ projectId: w.project.id, reason: "   " })).validationErrors?.fieldErrors).toEqual({
      reason: ["Say why, in a few words: the pipeline's history keeps it."],
    });
    const entry = await add(w.investor, w.project.id);
    expect((await moveDealStageAction({ entryId: entry.id, from: "sourced", to: "won" as never, reason: "" })).validationErrors?.fieldErrors).toEqual({
      to: ["Choose a stage."],
      reason: ["Say why, in a few words: the pipeline's history keeps it."],
    });
    expect(await transitions(entry.id)).toHaveLength(1);
  });

  it("a viewer reads the pipeline and a deal's history but may not add or move (FORBIDDEN)", async () => {
    const w = await buildWorld();
    const entry = await add(w.investor, w.project.id);
    const viewer = await memberOf(w.investor, "viewer");
    expect((await listPipeline(viewer)).map((d) => d.id)).toEqual([entry.id]);
    signIn(viewer);
    expect((await listDealHistoryAction({ entryId: entry.id })).data).toHaveLength(1);
    expect((await moveDealStageAction({ entryId: entry.id, from: "sourced", to: "screening", reason: "Viewer" })).serverError).toMatchObject({ code: "FORBIDDEN" });
    const other = await createTenantProject(w.ally, { isPublished: true });
    expect((await addToPipelineAction({ projectId: other.id, reason: "Viewer" })).serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.dealPipelineEntry.count({ where: { orgId: w.investor.org.id } })).toBe(1);
    expect(await transitions(entry.id)).toHaveLength(1);
  });

  it("an ally org is refused every pipeline action, even an admin (NOT_FOUND: the pipeline is not an ally's)", async () => {
    const w = await buildWorld();
    const entry = await add(w.investor, w.project.id);
    signIn(await memberOf(w.ally, "admin"));
    const answers = [
      await addToPipelineAction({ projectId: w.project.id, reason: "Ally" }),
      await moveDealStageAction({ entryId: entry.id, from: "sourced", to: "screening", reason: "Ally" }),
      await listDealHistoryAction({ entryId: entry.id }),
    ];
    for (const answer of answers) {
      expect(answer.data).toBeUndefined();
      expect(answer.serverError).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.dealPipelineEntry.count({ where: { projectId: w.project.id } })).toBe(1);
    expect(await transitions(entry.id)).toHaveLength(1);
  });

  it("another investor's deal is NOT_FOUND through the actions", async () => {
    const w = await buildWorld();
    const entry = await add(w.investor, w.project.id);
    signIn(await createTenant({ type: "INVESTOR", role: "admin" }));
    expect((await moveDealStageAction({ entryId: entry.id, from: "sourced", to: "screening", reason: "Intrusion" })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await listDealHistoryAction({ entryId: entry.id })).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await transitions(entry.id)).toHaveLength(1);
  });
});
