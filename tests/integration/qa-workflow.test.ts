import { signIn, TEST_REQUEST_META } from "../support/mock-request-context";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/tenant-context";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import { createDocument, createUser } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { askQuestionAction, submitFinalAnswerAction } = await import("@/lib/qa/actions");
const { askQuestion } = await import("@/lib/qa/ask-question");
const { assignQuestion } = await import("@/lib/qa/assign-question");
const { saveDraftAnswer } = await import("@/lib/qa/save-draft-answer");
const { submitFinalAnswer } = await import("@/lib/qa/submit-final-answer");
const { closeQuestion } = await import("@/lib/qa/close-question");
const { flagOverdueQuestions } = await import("@/lib/qa/flag-overdue-questions");
const { listQuestions, QA_PAGE_SIZE } = await import("@/lib/qa/list-questions");
const { getQuestionThread } = await import("@/lib/qa/get-question-thread");
const { getQuestionOrThrow } = await import("@/lib/qa/get-question-or-throw");
const { updateSlaPolicy } = await import("@/lib/qa/update-sla-policy");
const { askQuestionSchema, assignQuestionSchema, listQuestionsQuerySchema, saveDraftAnswerSchema, submitFinalAnswerSchema } = await import("@/lib/qa/schemas");

beforeEach(() => signIn(null));

const HOUR = 3_600_000;

/** Another user of an actor's org, as the Actor lib functions receive. */
async function memberOf(actor: Actor, role: Role): Promise<Actor> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.org.id } });
  const user = await createUser(db, { orgId: actor.org.id, role });
  return { ...toTenantContext(user, org), request: actor.request };
}

/** An investor (analyst), an ally whose lead is a manager plus an analyst, and the ally's listed project. */
async function buildWorld() {
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const ally = await createTenant({ type: "ALLY", role: "manager" });
  const allyAnalyst = await memberOf(ally, "analyst");
  const project = await createTenantProject(ally, { isPublished: true, name: `Lodwar Solar ${ally.org.id.slice(0, 6)}` });
  return { investor, ally, allyAnalyst, project };
}

function ask(actor: Actor, projectId: string, overrides: Record<string, unknown> = {}) {
  return askQuestion(
    actor,
    askQuestionSchema.parse({ projectId, question: "When is the grid connection expected?", category: "technical", priority: "normal", ...overrides }),
  );
}
const answer = (actor: Actor, questionId: string, content = "Q3 2027, per the signed grid connection agreement.") =>
  submitFinalAnswer(actor, submitFinalAnswerSchema.parse({ questionId, content }));
const draft = (actor: Actor, questionId: string, content: string, answerId?: string) =>
  saveDraftAnswer(actor, saveDraftAnswerSchema.parse({ questionId, content, answerId }));
const assign = (actor: Actor, questionId: string, assigneeId: string | null, team: string | null = null) =>
  assignQuestion(actor, assignQuestionSchema.parse({ questionId, assigneeId, team }));
const list = (actor: Actor, query: Record<string, unknown> = {}, now?: Date) => listQuestions(actor, listQuestionsQuerySchema.parse(query), now);

const question = (id: string) => db.qaQuestion.findUniqueOrThrow({ where: { id } });
const audits = (orgId: string, entityId: string) => db.auditLog.findMany({ where: { orgId, entityId }, orderBy: [{ timestamp: "asc" }, { id: "asc" }] });
const events = (orgId: string, name: string) => db.outboxEvent.findMany({ where: { orgId, name }, orderBy: { createdAt: "asc" } });
const notificationsTo = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const hoursBetween = (from: Date, to: Date | null) => (to!.getTime() - from.getTime()) / HOUR;

describe("asking a question", () => {
  it("numbers questions 1, 2, 3 per project and sets each deadline from the ally's default hours by priority", async () => {
    const w = await buildWorld();
    const otherProject = await createTenantProject(w.ally, { isPublished: true });
    const asked = [];
    for (const priority of ["urgent", "high", "normal", "low"]) asked.push(await ask(w.investor, w.project.id, { priority }));
    const onOther = await ask(w.investor, otherProject.id);
    expect(asked.map((q) => q.questionNumber)).toEqual([1, 2, 3, 4]);
    expect(onOther.questionNumber).toBe(1);
    expect(asked.map((q) => hoursBetween(q.createdAt, q.slaDeadline))).toEqual([24, 72, 120, 240]);
    expect(asked[0]).toMatchObject({
      orgId: w.investor.org.id,
      projectId: w.project.id,
      askedBy: w.investor.user.id,
      status: "open",
      slaBreached: false,
      answeredAt: null,
    });
  });

  it("continues after numbers taken without the counter (seeded rows, rows from before it) instead of colliding", async () => {
    const w = await buildWorld();
    const row = (questionNumber: number) => ({
      orgId: w.investor.org.id,
      projectId: w.project.id,
      questionNumber,
      question: `Seeded ${questionNumber}`,
      category: "other",
      askedBy: w.investor.user.id,
    });
    await db.qaQuestion.createMany({ data: [row(1), row(2), row(3)] });
    expect((await ask(w.investor, w.project.id)).questionNumber).toBe(4);
    await db.qaQuestion.create({ data: row(5) });
    expect((await ask(w.investor, w.project.id)).questionNumber).toBe(6);
    expect((await ask(w.investor, w.project.id)).questionNumber).toBe(7);
  });

  it("takes the hours from the answering ally's policy, not the asking investor's", async () => {
    const w = await buildWorld();
    await db.qaSlaPolicy.create({ data: { orgId: w.ally.org.id, urgentHours: 2, highHours: 8, normalHours: 48, lowHours: 500 } });
    await db.qaSlaPolicy.create({ data: { orgId: w.investor.org.id, urgentHours: 1, highHours: 1, normalHours: 1, lowHours: 1 } });
    const asked = [];
    for (const priority of ["urgent", "high", "normal", "low"]) asked.push(await ask(w.investor, w.project.id, { priority }));
    expect(asked.map((q) => hoursBetween(q.createdAt, q.slaDeadline))).toEqual([2, 8, 48, 500]);
  });

  it("a draft or unpublished project is NOT_FOUND and nothing is written", async () => {
    const w = await buildWorld();
    const draftProject = await createTenantProject(w.ally);
    const unpublished = await createTenantProject(w.ally, { isPublished: false, status: "ACTIVE" });
    for (const project of [draftProject, unpublished]) {
      await expect(ask(w.investor, project.id)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Project not found." });
    }
    expect(await db.qaQuestion.count({ where: { orgId: w.investor.org.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: w.investor.org.id } })).toBe(0);
    expect(await db.notification.count({ where: { orgId: w.ally.org.id } })).toBe(0);
  });

  it("links only the listing's public documents", async () => {
    const w = await buildWorld();
    const doc = (classification: "PUBLIC" | "CONFIDENTIAL", projectId = w.project.id) =>
      createDocument(db, { orgId: w.ally.org.id, uploadedBy: w.ally.user.id, projectId, classification });
    const [publicDoc, confidential, elsewhere] = [
      await doc("PUBLIC"),
      await doc("CONFIDENTIAL"),
      await doc("PUBLIC", (await createTenantProject(w.ally, { isPublished: true })).id),
    ];
    const asked = await ask(w.investor, w.project.id, { linkedDocumentIds: [publicDoc.id, publicDoc.id] });
    expect(asked.linkedDocuments).toEqual([publicDoc.id]);
    expect((await getQuestionThread(w.investor, asked.id)).linkedDocuments).toEqual([{ id: publicDoc.id, name: publicDoc.name }]);
    for (const ids of [[confidential.id], [publicDoc.id, elsewhere.id]]) {
      await expect(ask(w.investor, w.project.id, { linkedDocumentIds: ids })).rejects.toMatchObject({
        code: "VALIDATION",
        message: "Link only documents shown on the project's marketplace page (public documents).",
      });
    }
    // An ally hiding its documents from the listing hides them from Q&A links too.
    await db.projectMarketplaceSettings.create({ data: { projectId: w.project.id, showDocuments: false } });
    await expect(ask(w.investor, w.project.id, { linkedDocumentIds: [publicDoc.id] })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.qaQuestion.count({ where: { orgId: w.investor.org.id } })).toBe(1);
  });

  it("tells the ally's managers and admins (not its analysts), audits in the investor's org and emits qa.question_asked", async () => {
    const w = await buildWorld();
    const allyAdmin = await memberOf(w.ally, "admin");
    const asked = await ask(w.investor, w.project.id, { priority: "urgent", category: "financial", tags: "PPA, grid,ppa" });
    expect(asked.tags).toEqual(["ppa", "grid"]);
    for (const lead of [w.ally, allyAdmin]) {
      expect(await notificationsTo(lead.user.id)).toMatchObject([
        { orgId: w.ally.org.id, kind: "action_required", link: `/qa/${asked.id}`, title: `${w.investor.org.name} asked Q1 on ${w.project.name}` },
      ]);
    }
    expect(await notificationsTo(w.allyAnalyst.user.id)).toEqual([]);
    expect(await audits(w.investor.org.id, asked.id)).toMatchObject([
      {
        action: "qa.question_asked",
        entityType: "QaQuestion",
        userId: w.investor.user.id,
        changes: { after: { projectId: w.project.id, questionNumber: 1, category: "financial", priority: "urgent", slaDeadline: asked.slaDeadline!.toISOString() } },
      },
    ]);
    expect((await events(w.investor.org.id, "qa.question_asked")).map((e) => e.payload)).toEqual([
      { orgId: w.investor.org.id, questionId: asked.id, projectId: w.project.id, questionNumber: 1 },
    ]);
  });

  it("50 questions asked at once on one project are numbered exactly 1..50", async () => {
    const w = await buildWorld();
    const asked = await Promise.all(Array.from({ length: 50 }, (_, i) => ask(w.investor, w.project.id, { question: `Question ${i}` })));
    expect(asked.map((q) => q.questionNumber).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const stored = await db.qaQuestion.findMany({ where: { projectId: w.project.id }, select: { questionNumber: true } });
    expect(new Set(stored.map((q) => q.questionNumber)).size).toBe(50);
    expect(await ask(w.investor, w.project.id)).toMatchObject({ questionNumber: 51 });
  });
});

describe("assigning, drafting and answering", () => {
  it("a manager assigns a member: in progress, audited, emitted, the assignee told; self-assignment tells no one", async () => {
    const w = await buildWorld();
    const asked = await ask(w.investor, w.project.id);
    const assigned = await assign(w.ally, asked.id, w.allyAnalyst.user.id, "finance");
    expect(assigned).toMatchObject({ status: "in_progress", assignedTo: w.allyAnalyst.user.id, assignedTeam: "finance" });
    expect(await notificationsTo(w.allyAnalyst.user.id)).toMatchObject([
      { kind: "action_required", link: `/qa/${asked.id}`, title: `${w.ally.user.fullName} assigned you Q1 on ${w.project.name}` },
    ]);
    expect(await audits(w.ally.org.id, asked.id)).toMatchObject([
      {
        action: "qa.question_assigned",
        userId: w.ally.user.id,
        changes: { before: { assignedTo: null, assignedTeam: null }, after: { assignedTo: w.allyAnalyst.user.id, assignedTeam: "finance" } },
      },
    ]);
    expect((await events(w.ally.org.id, "qa.question_assigned")).map((e) => e.payload)).toEqual([
      { orgId: w.ally.org.id, questionId: asked.id, projectId: w.project.id, assigneeId: w.allyAnalyst.user.id, team: "finance" },
    ]);
    const before = (await notificationsTo(w.ally.user.id)).length;
    await assign(w.ally, asked.id, w.ally.user.id);
    expect(await notificationsTo(w.ally.user.id)).toHaveLength(before);
    expect((await question(asked.id)).assignedTo).toBe(w.ally.user.id);
  });

  it("refuses an assignee of another org (VALIDATION) and an investor assigning (FORBIDDEN), changing nothing", async () => {
    const w = await buildWorld();
    const asked = await ask(w.investor, w.project.id);
    await expect(assign(w.ally, asked.id, w.investor.user.id)).rejects.toMatchObject({ code: "VALIDATION", message: "Choose an active member of your team." });
    await expect(assign(w.investor, asked.id, w.investor.user.id)).rejects.toMatchObject({ code: "FORBIDDEN", message: "Only the project's team can assign questions." });
    expect(await question(asked.id)).toMatchObject({ status: "open", assignedTo: null });
    expect(await db.auditLog.count({ where: { entityId: asked.id, action: "qa.question_assigned" } })).toBe(0);
  });

  it("drafts: saved and updated by the team, shown to the team only", async () => {
    const w = await buildWorld();
    const asked = await ask(w.investor, w.project.id);
    const first = await draft(w.allyAnalyst, asked.id, "Draft: around Q3 2027");
    expect(first).toMatchObject({ isFinal: false, answeredBy: w.allyAnalyst.user.id });
    expect((await question(asked.id)).status).toBe("in_progress");
    const updated = await draft(w.allyAnalyst, asked.id, "Draft: Q3 2027, per the agreement", first.id);
    expect(updated.id).toBe(first.id);
    expect(await db.qaAnswer.count({ where: { questionId: asked.id } })).toBe(1);
    await expect(draft(w.investor, asked.id, "Investors do not draft")).rejects.toMatchObject({ code: "FORBIDDEN" });

    const allyThread = await getQuestionThread(w.ally, asked.id);
    expect(allyThread.side).toBe("ally");
    expect(allyThread.answers.map((a) => [a.content, a.isFinal])).toEqual([["Draft: Q3 2027, per the agreement", false]]);
    const investorThread = await getQuestionThread(w.investor, asked.id);
    expect(investorThread).toMatchObject({ side: "investor", answers: [], question: { id: asked.id, number: 1, status: "in_progress" } });
    expect((await audits(w.ally.org.id, asked.id)).map((a) => a.action)).toEqual(["qa.draft_saved", "qa.draft_updated"]);

    await answer(w.ally, asked.id, "Final: Q3 2027.");
    expect((await getQuestionThread(w.investor, asked.id)).answers.map((a) => [a.content, a.isFinal])).toEqual([["Final: Q3 2027.", true]]);
    expect((await getQuestionThread(w.ally, asked.id)).answers.map((a) => a.isFinal)).toEqual([true, false]);
    // The final answer ends drafting.
    await expect(draft(w.allyAnalyst, asked.id, "Too late", first.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a final answer on time: answered, not breached, audited, emitted, the asker told; a second one is a CONFLICT", async () => {
    const w = await buildWorld();
    const asked = await ask(w.investor, w.project.id);
    const final = await answer(w.allyAnalyst, asked.id);
    const row = await question(asked.id);
    expect(row).toMatchObject({ status: "answered", slaBreached: false });
    expect(row.answeredAt).toEqual(final.createdAt);
    expect((await audits(w.ally.org.id, asked.id)).map((a) => [a.action, a.userId])).toEqual([["qa.question_answered", w.allyAnalyst.user.id]]);
    expect((await events(w.ally.org.id, "qa.question_answered")).map((e) => e.payload)).toEqual([
      { orgId: w.ally.org.id, questionId: asked.id, projectId: w.project.id, askerOrgId: w.investor.org.id, answerId: final.id, slaBreached: false },
    ]);
    expect(await notificationsTo(w.investor.user.id)).toMatchObject([
      { kind: "info", link: `/qa/${asked.id}`, title: `${w.ally.org.name} answered Q1 on ${w.project.name}` },
    ]);
    await expect(answer(w.ally, asked.id, "A second final answer")).rejects.toMatchObject({ code: "CONFLICT", message: "This question already has its final answer." });
    expect(await db.qaAnswer.count({ where: { questionId: asked.id, isFinal: true } })).toBe(1);
  });

  it("a final answer after the deadline is marked breached", async () => {
    const w = await buildWorld();
    const asked = await ask(w.investor, w.project.id);
    await db.qaQuestion.update({ where: { id: asked.id }, data: { slaDeadline: new Date(Date.now() - HOUR) } });
    const final = await answer(w.ally, asked.id);
    expect(await question(asked.id)).toMatchObject({ status: "answered", slaBreached: true });
    expect((await events(w.ally.org.id, "qa.question_answered")).map((e) => e.payload)).toEqual([
      { orgId: w.ally.org.id, questionId: asked.id, projectId: w.project.id, askerOrgId: w.investor.org.id, answerId: final.id, slaBreached: true },
    ]);
  });

  it("of two final answers submitted at once exactly one goes through", async () => {
    const w = await buildWorld();
    const asked = await ask(w.investor, w.project.id);
    const results = await Promise.allSettled([answer(w.ally, asked.id, "First"), answer(w.allyAnalyst, asked.id, "Second")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason)).toMatchObject([{ code: "CONFLICT" }]);
    expect(await db.qaAnswer.count({ where: { questionId: asked.id, isFinal: true } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: asked.id, action: "qa.question_answered" } })).toBe(1);
  });

  it("a closed question takes no answer", async () => {
    const w = await buildWorld();
    const asked = await ask(w.investor, w.project.id);
    await closeQuestion(w.investor, asked.id);
    await expect(answer(w.ally, asked.id)).rejects.toMatchObject({ code: "CONFLICT", message: "This question is closed: it takes no more answers." });
    await expect(draft(w.ally, asked.id, "Draft")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.qaAnswer.count({ where: { questionId: asked.id } })).toBe(0);
  });
});

describe("linked documents in the thread", () => {
  it("names to the investor only documents still on the listing: one reclassified after it was linked drops out, for the team it stays", async () => {
    const w = await buildWorld();
    const [kept, reclassified] = [
      await createDocument(db, { orgId: w.ally.org.id, uploadedBy: w.ally.user.id, projectId: w.project.id, classification: "PUBLIC" }),
      await createDocument(db, { orgId: w.ally.org.id, uploadedBy: w.ally.user.id, projectId: w.project.id, classification: "PUBLIC" }),
    ];
    const asked = await ask(w.investor, w.project.id);
    await submitFinalAnswer(w.ally, submitFinalAnswerSchema.parse({ questionId: asked.id, content: "See both.", linkedDocumentIds: [kept.id, reclassified.id] }));
    await db.document.update({ where: { id: reclassified.id }, data: { classification: "CONFIDENTIAL" } });

    const investorView = await getQuestionThread(w.investor, asked.id);
    expect(investorView.answers[0].linkedDocuments.map((d) => d.id)).toEqual([kept.id]);
    const allyView = await getQuestionThread(w.ally, asked.id);
    expect(allyView.answers[0].linkedDocuments.map((d) => d.id).sort()).toEqual([kept.id, reclassified.id].sort());
  });
});

describe("closing", () => {
  it("the investor closes (audited with its side, emitted); closing twice is a CONFLICT", async () => {
    const w = await buildWorld();
    const asked = await ask(w.investor, w.project.id);
    await answer(w.ally, asked.id);
    await closeQuestion(w.investor, asked.id);
    expect((await question(asked.id)).status).toBe("closed");
    const closed = (await audits(w.investor.org.id, asked.id)).filter((a) => a.action === "qa.question_closed");
    expect(closed).toMatchObject([{ userId: w.investor.user.id, changes: { before: { status: "answered" }, after: { status: "closed", by: "investor" } } }]);
    expect((await events(w.investor.org.id, "qa.question_closed")).map((e) => e.payload)).toEqual([
      { orgId: w.investor.org.id, questionId: asked.id, projectId: w.project.id },
    ]);
    await expect(closeQuestion(w.investor, asked.id)).rejects.toMatchObject({ code: "CONFLICT", message: "This question is already closed." });
    await expect(closeQuestion(w.ally, asked.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("the project's team may close an open question (a duplicate)", async () => {
    const w = await buildWorld();
    const asked = await ask(w.investor, w.project.id);
    await closeQuestion(w.ally, asked.id);
    expect((await audits(w.ally.org.id, asked.id)).map((a) => a.changes)).toEqual([{ before: { status: "open" }, after: { status: "closed", by: "ally" } }]);
  });
});

describe("the overdue job", () => {
  it("flags each waiting question past its deadline once, audits it for the ally as the system and tells the assignee or the managers", async () => {
    const w = await buildWorld();
    const past = new Date(Date.now() - 2 * HOUR);
    const [unassigned, assigned, answered, closed, notDue] = [
      await ask(w.investor, w.project.id),
      await ask(w.investor, w.project.id),
      await ask(w.investor, w.project.id),
      await ask(w.investor, w.project.id),
      await ask(w.investor, w.project.id),
    ];
    await assign(w.ally, assigned.id, w.allyAnalyst.user.id);
    await answer(w.ally, answered.id);
    await closeQuestion(w.investor, closed.id);
    await db.qaQuestion.updateMany({ where: { id: { in: [unassigned.id, assigned.id, answered.id, closed.id] } }, data: { slaDeadline: past } });
    const notesBefore = { lead: (await notificationsTo(w.ally.user.id)).length, analyst: (await notificationsTo(w.allyAnalyst.user.id)).length };

    const first = await flagOverdueQuestions(new Date());
    expect(first.flagged).toBeGreaterThanOrEqual(2);
    const flags = async () => Object.fromEntries((await db.qaQuestion.findMany({ where: { projectId: w.project.id } })).map((q) => [q.id, q.slaBreached]));
    expect(await flags()).toEqual({ [unassigned.id]: true, [assigned.id]: true, [answered.id]: false, [closed.id]: false, [notDue.id]: false });
    const breachAudits = () =>
      db.auditLog.findMany({ where: { orgId: w.ally.org.id, action: "qa.sla_breached" }, include: { actor: true }, orderBy: { entityId: "asc" } });
    const rows = await breachAudits();
    expect(rows.map((a) => a.entityId).sort()).toEqual([unassigned.id, assigned.id].sort());
    for (const row of rows) {
      expect(row).toMatchObject({
        userId: null,
        entityType: "QaQuestion",
        changes: { before: { slaBreached: false }, after: { slaBreached: true, slaDeadline: past.toISOString() } },
      });
      expect(row.actor).toMatchObject({ kind: "system", ref: "flag-overdue-questions" });
    }
    expect((await events(w.ally.org.id, "qa.sla_breached")).map((e) => (e.payload as { questionId: string }).questionId).sort()).toEqual(
      [unassigned.id, assigned.id].sort(),
    );
    const overdueNote = (q: { id: string; questionNumber: number }) => ({
      kind: "warning",
      link: `/qa/${q.id}`,
      title: `Q${q.questionNumber} on ${w.project.name} is past its deadline`,
    });
    expect((await notificationsTo(w.allyAnalyst.user.id)).slice(notesBefore.analyst)).toMatchObject([overdueNote(assigned)]);
    expect((await notificationsTo(w.ally.user.id)).slice(notesBefore.lead)).toMatchObject([overdueNote(unassigned)]);

    await flagOverdueQuestions(new Date());
    expect(await breachAudits()).toHaveLength(2);
    expect(await notificationsTo(w.allyAnalyst.user.id)).toHaveLength(notesBefore.analyst + 1);
  });
});

describe("the Q&A list", () => {
  it("an investor sees only its own questions; the ally sees every question on its projects", async () => {
    const w = await buildWorld();
    const rival = await createTenant({ type: "INVESTOR", role: "analyst" });
    const mine = await ask(w.investor, w.project.id);
    const theirs = await ask(rival, w.project.id);
    expect((await list(w.investor)).rows.map((r) => r.id)).toEqual([mine.id]);
    expect((await list(rival)).rows.map((r) => r.id)).toEqual([theirs.id]);
    const allyPage = await list(w.ally);
    expect(allyPage).toMatchObject({ side: "ally", total: 2, page: 1, pageCount: 1 });
    expect(allyPage.rows.map((r) => [r.id, r.number, r.askerOrgName])).toEqual([
      [mine.id, 1, w.investor.org.name],
      [theirs.id, 2, rival.org.name],
    ]);
    await expect(getQuestionThread(w.investor, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("filters by status, priority, category, project, assignee, overdue and text, and sorts", async () => {
    const w = await buildWorld();
    const second = await createTenantProject(w.ally, { isPublished: true });
    const urgent = await ask(w.investor, w.project.id, { priority: "urgent", category: "financial", question: "What is the PPA tariff?" });
    const low = await ask(w.investor, w.project.id, { priority: "low", category: "legal", question: "Who holds the land lease?", tags: ["lease"] });
    const high = await ask(w.investor, second.id, { priority: "high", category: "technical", question: "Which inverters?" });
    await assign(w.ally, low.id, w.allyAnalyst.user.id);
    await assign(w.ally, high.id, null, "technical");
    await answer(w.ally, urgent.id);
    const ids = async (actor: Actor, query: Record<string, unknown>, now?: Date) => (await list(actor, query, now)).rows.map((r) => r.id);

    expect(await ids(w.ally, { status: "answered" })).toEqual([urgent.id]);
    expect(await ids(w.ally, { status: ["open", "in_progress"], sort: "newest" })).toEqual([high.id, low.id]);
    expect(await ids(w.ally, { priority: ["urgent", "low"], sort: "newest" })).toEqual([low.id, urgent.id]);
    expect(await ids(w.ally, { category: "technical" })).toEqual([high.id]);
    expect((await ids(w.ally, { project: second.id })).sort()).toEqual([high.id]);
    expect(await ids(w.allyAnalyst, { assignee: "me" })).toEqual([low.id]);
    expect(await ids(w.ally, { assignee: "unassigned" })).toEqual([urgent.id]);
    expect(await ids(w.ally, { assignee: w.allyAnalyst.user.id })).toEqual([low.id]);
    expect(await ids(w.investor, { q: "ppa TARIFF" })).toEqual([urgent.id]);
    expect(await ids(w.investor, { q: "LEASE" })).toEqual([low.id]);
    // Overdue: waiting questions past their deadline at `now` (the answered one is not).
    const inFiveDays = new Date(Date.now() + 5 * 24 * HOUR);
    expect((await ids(w.ally, { overdue: "1" }, inFiveDays)).sort()).toEqual([high.id]);
    expect(await ids(w.ally, { overdue: "1" })).toEqual([]);
    // Sorts: by deadline (urgent 24 h, high 72 h, low 240 h), priority, newest; unknown values are dropped.
    expect(await ids(w.ally, { sort: "deadline" })).toEqual([urgent.id, high.id, low.id]);
    expect(await ids(w.ally, { sort: "priority" })).toEqual([urgent.id, high.id, low.id]);
    expect(await ids(w.ally, { sort: "newest" })).toEqual([high.id, low.id, urgent.id]);
    expect((await list(w.ally, { sort: "bogus", status: "nope" })).total).toBe(3);
  });

  it("pages by QA_PAGE_SIZE with the total; a page past the end shows the last", async () => {
    const w = await buildWorld();
    const count = QA_PAGE_SIZE + 3;
    await db.qaQuestion.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        orgId: w.investor.org.id,
        projectId: w.project.id,
        questionNumber: i + 1,
        question: `Question ${i + 1}`,
        category: "other",
        askedBy: w.investor.user.id,
        slaDeadline: new Date(Date.now() + HOUR),
      })),
    });
    const first = await list(w.investor);
    expect(first).toMatchObject({ total: count, page: 1, pageCount: 2 });
    expect(first.rows.map((r) => r.number)).toEqual(Array.from({ length: QA_PAGE_SIZE }, (_, i) => i + 1));
    const last = await list(w.investor, { page: "9" });
    expect(last).toMatchObject({ page: 2, total: count });
    expect(last.rows.map((r) => r.number)).toEqual([51, 52, 53]);
  });

  it("a question is NOT_FOUND to any third org, and for a malformed id", async () => {
    const w = await buildWorld();
    const asked = await ask(w.investor, w.project.id);
    for (const outsider of [await createTenant({ type: "INVESTOR" }), await createTenant({ type: "ALLY" })]) {
      await expect(getQuestionOrThrow(outsider, asked.id)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Question not found." });
      await expect(answer(outsider, asked.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(closeQuestion(outsider, asked.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await list(outsider)).total).toBe(0);
    }
    await expect(getQuestionOrThrow(w.investor, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await question(asked.id)).toMatchObject({ status: "open" });
  });
});

describe("response times", () => {
  it("an admin sets the ally's hours (upserted, audited with before and after); new questions use them, old deadlines stay", async () => {
    const w = await buildWorld();
    const admin = await memberOf(w.ally, "admin");
    const old = await ask(w.investor, w.project.id, { priority: "high" });
    await updateSlaPolicy(admin, { urgentHours: 4, highHours: 12, normalHours: 36, lowHours: 96 });
    await updateSlaPolicy(admin, { urgentHours: 6, highHours: 12, normalHours: 36, lowHours: 96 });
    expect(await db.qaSlaPolicy.findUniqueOrThrow({ where: { orgId: w.ally.org.id } })).toMatchObject({ urgentHours: 6, highHours: 12, updatedBy: admin.user.id });
    expect((await audits(w.ally.org.id, w.ally.org.id)).map((a) => [a.action, a.changes])).toEqual([
      [
        "qa.sla_policy_updated",
        { before: { urgentHours: 24, highHours: 72, normalHours: 120, lowHours: 240 }, after: { urgentHours: 4, highHours: 12, normalHours: 36, lowHours: 96 } },
      ],
      [
        "qa.sla_policy_updated",
        { before: { urgentHours: 4, highHours: 12, normalHours: 36, lowHours: 96 }, after: { urgentHours: 6, highHours: 12, normalHours: 36, lowHours: 96 } },
      ],
    ]);
    const fresh = await ask(w.investor, w.project.id, { priority: "high" });
    expect(hoursBetween(fresh.createdAt, fresh.slaDeadline)).toBe(12);
    expect(hoursBetween(old.createdAt, (await question(old.id)).slaDeadline)).toBe(72);
  });
});

describe("through the actions", () => {
  const input = (projectId: string) => ({ projectId, question: "Is the land lease registered?", category: "legal" as const, priority: "high" as const });

  it("an investor analyst asks; the answer is the id and the number, audited with the request's meta", async () => {
    const w = await buildWorld();
    signIn(w.investor);
    const result = await askQuestionAction(input(w.project.id));
    expect(result.serverError).toBeUndefined();
    expect(result.data).toMatchObject({ number: 1 });
    expect(await audits(w.investor.org.id, result.data!.id)).toMatchObject([{ action: "qa.question_asked", ipAddress: TEST_REQUEST_META.ipAddress }]);
  });

  it("refuses bad input with its messages, a viewer (FORBIDDEN) and an ally (NOT_FOUND), writing nothing", async () => {
    const w = await buildWorld();
    signIn(w.investor);
    expect((await askQuestionAction({ ...input(w.project.id), question: "   ", category: "gossip" } as never)).validationErrors?.fieldErrors).toEqual({
      question: ["Write your question first."],
      category: ["Choose a category."],
    });
    expect((await askQuestionAction({ ...input(w.project.id), question: "x".repeat(5001) })).validationErrors?.fieldErrors).toEqual({
      question: ["A question can be at most 5,000 characters."],
    });
    signIn(await memberOf(w.investor, "viewer"));
    expect((await askQuestionAction(input(w.project.id))).serverError).toMatchObject({ code: "FORBIDDEN" });
    signIn(w.ally);
    expect((await askQuestionAction(input(w.project.id))).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.qaQuestion.count({ where: { projectId: w.project.id } })).toBe(0);
  });

  it("the ally's analyst submits the final answer; an empty one, a viewer and the investor are refused", async () => {
    const w = await buildWorld();
    const asked = await ask(w.investor, w.project.id);
    signIn(w.allyAnalyst);
    expect((await submitFinalAnswerAction({ questionId: asked.id, content: "" })).validationErrors?.fieldErrors).toEqual({ content: ["Write the answer first."] });
    expect((await submitFinalAnswerAction({ questionId: "nope", content: "Yes" })).validationErrors?.fieldErrors).toEqual({ questionId: ["Unknown question."] });
    signIn(await memberOf(w.ally, "viewer"));
    expect((await submitFinalAnswerAction({ questionId: asked.id, content: "Yes" })).serverError).toMatchObject({ code: "FORBIDDEN" });
    signIn(w.investor);
    expect((await submitFinalAnswerAction({ questionId: asked.id, content: "Yes" })).serverError).toEqual({
      code: "FORBIDDEN",
      message: "Only the project's team can answer questions.",
    });
    expect(await db.qaAnswer.count({ where: { questionId: asked.id } })).toBe(0);
    signIn(w.allyAnalyst);
    const result = await submitFinalAnswerAction({ questionId: asked.id, content: "Yes, registered in 2025." });
    expect(result.serverError).toBeUndefined();
    expect(await db.qaAnswer.findUniqueOrThrow({ where: { id: result.data!.id } })).toMatchObject({
      questionId: asked.id,
      isFinal: true,
      content: "Yes, registered in 2025.",
    });
    expect((await submitFinalAnswerAction({ questionId: asked.id, content: "Again" })).serverError).toEqual({
      code: "CONFLICT",
      message: "This question already has its final answer.",
    });
  });
});
