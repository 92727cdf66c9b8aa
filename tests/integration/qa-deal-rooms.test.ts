import { signIn } from "../support/mock-request-context";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createDocument, createMatch } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { askQuestion } = await import("@/lib/qa/ask-question");
const { submitFinalAnswer } = await import("@/lib/qa/submit-final-answer");
const { getQuestionThread } = await import("@/lib/qa/get-question-thread");
const { listQuestions } = await import("@/lib/qa/list-questions");
const { askQuestionSchema, listQuestionsQuerySchema, submitFinalAnswerSchema } = await import("@/lib/qa/schemas");
const { openDealRoom } = await import("@/lib/deal-rooms/open-deal-room");
const { shareRoomDocument } = await import("@/lib/deal-rooms/share-room-documents");
const { acceptNda } = await import("@/lib/deal-rooms/accept-nda");
const { setRoomStatus } = await import("@/lib/deal-rooms/update-room-settings");
const { ndaSha256 } = await import("@/lib/deal-rooms/nda-sha256");

beforeEach(() => signIn(null));

const NDA = "Mutual NDA: the recipient keeps the project's information confidential for three years.";

/**
 * An ally's project that is not on the marketplace, an investor it is CONNECTED with, and a room
 * between them sharing one CONFIDENTIAL document; a second CONFIDENTIAL document stays unshared.
 */
async function buildWorld() {
  const ally = await createTenant({ type: "ALLY", role: "manager" });
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const project = await createTenantProject(ally, { isPublished: false, name: `Garissa Solar ${ally.org.id.slice(0, 6)}` });
  await createMatch(db, { investorOrgId: investor.org.id, projectId: project.id, status: "CONNECTED" });
  const shared = await createDocument(db, { orgId: ally.org.id, uploadedBy: ally.user.id, projectId: project.id, name: "Grid Study.pdf" });
  const unshared = await createDocument(db, { orgId: ally.org.id, uploadedBy: ally.user.id, projectId: project.id, name: "Side Letter.pdf" });
  const room = await openDealRoom(ally, {
    projectId: project.id,
    investorOrgId: investor.org.id,
    name: "Equity raise",
    ndaRequired: true,
    ndaText: NDA,
    accessLevel: "viewer",
    canSeeFinancial: false,
  });
  await shareRoomDocument(ally, { roomId: room.id, documentId: shared.id });
  return { ally, investor, project, room, shared, unshared };
}

type World = Awaited<ReturnType<typeof buildWorld>>;

const ask = (actor: Actor, w: World, overrides: Record<string, unknown> = {}) =>
  askQuestion(
    actor,
    askQuestionSchema.parse({
      projectId: w.project.id,
      dealRoomId: w.room.id,
      question: "What does the grid study conclude?",
      category: "technical",
      priority: "high",
      ...overrides,
    }),
  );
const accept = (w: World) => acceptNda(w.investor, { roomId: w.room.id, typedName: w.investor.user.fullName, ndaSha256: ndaSha256(NDA) });

describe("questions asked in a deal room", () => {
  it("need the asker's NDA acceptance first; then they are numbered with the project's questions, belong to the room and may link its documents", async () => {
    const w = await buildWorld();
    await expect(ask(w.investor, w)).rejects.toMatchObject({ code: "FORBIDDEN", message: "Accept the room's NDA before asking a question in it." });
    expect(await db.qaQuestion.count({ where: { projectId: w.project.id } })).toBe(0);

    await accept(w);
    const asked = await ask(w.investor, w, { linkedDocumentIds: [w.shared.id] });
    expect(asked).toMatchObject({ questionNumber: 1, dealRoomId: w.room.id, projectId: w.project.id, linkedDocuments: [w.shared.id] });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: w.investor.org.id, entityId: asked.id } });
    expect(audit.changes).toMatchObject({ after: { dealRoomId: w.room.id, questionNumber: 1 } });

    // A document the room does not share cannot be linked, and nothing is written.
    await expect(ask(w.investor, w, { linkedDocumentIds: [w.unshared.id] })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.qaQuestion.count({ where: { projectId: w.project.id } })).toBe(1);
  });

  it("outside the room the unlisted project is a 404, as is the room for another project or for an org that is not a member", async () => {
    const w = await buildWorld();
    await accept(w);
    await expect(ask(w.investor, w, { dealRoomId: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const otherProject = await createTenantProject(w.ally, { isPublished: true });
    await expect(ask(w.investor, w, { projectId: otherProject.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stranger = await createTenant({ type: "INVESTOR", role: "analyst" });
    await expect(ask(stranger, w)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.qaQuestion.count({ where: { OR: [{ projectId: w.project.id }, { projectId: otherProject.id }] } })).toBe(0);
  });

  it("the ally's answer may link the room's documents; the investor sees their names until the room closes", async () => {
    const w = await buildWorld();
    await accept(w);
    const asked = await ask(w.investor, w);
    await expect(
      submitFinalAnswer(w.ally, submitFinalAnswerSchema.parse({ questionId: asked.id, content: "See the side letter.", linkedDocumentIds: [w.unshared.id] })),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await submitFinalAnswer(
      w.ally,
      submitFinalAnswerSchema.parse({ questionId: asked.id, content: "See section 4 of the grid study.", linkedDocumentIds: [w.shared.id] }),
    );

    const named = async () => (await getQuestionThread(w.investor, asked.id)).answers[0]!.linkedDocuments.map((d) => d.name);
    expect(await named()).toEqual(["Grid Study.pdf"]);
    await setRoomStatus(w.ally, { roomId: w.room.id, status: "closed" });
    expect(await named()).toEqual([]);
    expect((await getQuestionThread(w.ally, asked.id)).answers[0]!.linkedDocuments.map((d) => d.name)).toEqual(["Grid Study.pdf"]);
  });

  it("the Q&A list filters by room on both sides", async () => {
    const w = await buildWorld();
    await accept(w);
    const listed = await createTenantProject(w.ally, { isPublished: true });
    const inRoom = await ask(w.investor, w);
    await askQuestion(w.investor, askQuestionSchema.parse({ projectId: listed.id, question: "Is the land lease signed?", category: "legal", priority: "normal" }));
    for (const actor of [w.investor, w.ally]) {
      const all = await listQuestions(actor, listQuestionsQuerySchema.parse({}));
      const room = await listQuestions(actor, listQuestionsQuerySchema.parse({ room: w.room.id }));
      expect([all.total, room.rows.map((row) => row.id)]).toEqual([2, [inRoom.id]]);
    }
  });
});
