import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { assertAllySide } from "./assert-ally-side";
import { assertLinkableDocuments } from "./assert-linkable-documents";
import { getQuestionOrThrow } from "./get-question-or-throw";
import { lockWaitingQuestion } from "./lock-waiting-question";
import type { SaveDraftAnswerInput } from "./schemas";

/**
 * A draft answer the project's team works on; the investor never sees drafts. Saving a new draft
 * (or a change to one) puts an open question in progress.
 */
export async function saveDraftAnswer(actor: Actor, input: SaveDraftAnswerInput) {
  const { question, side } = await getQuestionOrThrow(actor, input.questionId);
  assertAllySide(side, "draft answers");
  return auditedWrite(actor, async (tx) => {
    const { status } = await lockWaitingQuestion(tx, question.id);
    await assertLinkableDocuments(tx, question, input.linkedDocumentIds);
    const data = { content: input.content, linkedDocuments: input.linkedDocumentIds, answeredBy: actor.user.id };
    let draft: Awaited<ReturnType<typeof tx.qaAnswer.create>>;
    if (input.answerId) {
      const { count } = await tx.qaAnswer.updateMany({ where: { id: input.answerId, questionId: question.id, isFinal: false }, data });
      if (count === 0) throw notFound("Draft");
      draft = await tx.qaAnswer.findUniqueOrThrow({ where: { id: input.answerId } });
    } else {
      draft = await tx.qaAnswer.create({ data: { ...data, questionId: question.id, isFinal: false } });
    }
    if (status === "open") await tx.qaQuestion.update({ where: { id: question.id }, data: { status: "in_progress" } });
    return {
      result: draft,
      audit: {
        action: input.answerId ? "qa.draft_updated" : "qa.draft_saved",
        entityType: "QaQuestion",
        entityId: question.id,
        changes: { after: { answerId: draft.id, length: draft.content.length, linkedDocuments: draft.linkedDocuments.length } },
      },
    };
  });
}
