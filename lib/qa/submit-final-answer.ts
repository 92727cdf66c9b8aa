import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { emit } from "@/lib/events/emit";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { listOrgRecipients } from "@/lib/notifications/list-org-recipients";
import type { ApiKeyQaActor } from "./api-key-qa-actor";
import { assertAllySide } from "./assert-ally-side";
import { assertLinkableDocuments } from "./assert-linkable-documents";
import { getQuestionOrThrow } from "./get-question-or-throw";
import { lockWaitingQuestion } from "./lock-waiting-question";
import { questionAnsweredContent } from "./qa-notification-content";
import type { SubmitFinalAnswerInput } from "./schemas";

/**
 * The one final answer: the investor sees it, the question is answered, and `sla_breached` says
 * whether it came after the deadline. The row lock (and a unique index on final answers) keeps a
 * second final answer out, whoever races to submit it. The asker is told after the commit.
 */
export async function submitFinalAnswer(actor: Actor | ApiKeyQaActor, input: SubmitFinalAnswerInput) {
  const { question, side } = await getQuestionOrThrow(actor, input.questionId);
  assertAllySide(side, "answer questions");
  const answer = await auditedWrite(actor, async (tx) => {
    const { slaDeadline } = await lockWaitingQuestion(tx, question.id);
    await assertLinkableDocuments(tx, question, input.linkedDocumentIds);
    const answeredAt = new Date();
    const late = slaDeadline !== null && answeredAt > slaDeadline;
    const row = await tx.qaAnswer.create({
      data: {
        questionId: question.id,
        answeredBy: actor.kind === "api-key" ? actor.personId : actor.user.id,
        content: input.content,
        linkedDocuments: input.linkedDocumentIds,
        isFinal: true,
        createdAt: answeredAt,
      },
    });
    // A breach the overdue job already flagged stays flagged.
    await tx.qaQuestion.update({ where: { id: question.id }, data: { status: "answered", answeredAt, ...(late ? { slaBreached: true } : {}) } });
    await emit(tx, "qa.question_answered", {
      orgId: actor.org.id,
      questionId: question.id,
      projectId: question.projectId,
      askerOrgId: question.orgId,
      answerId: row.id,
      slaBreached: late || question.slaBreached,
    });
    return {
      result: row,
      audit: {
        action: "qa.question_answered",
        entityType: "QaQuestion",
        entityId: question.id,
        changes: { after: { answerId: row.id, answeredAt, slaBreached: late || question.slaBreached, length: row.content.length } },
      },
    };
  });
  await createNotifications(
    await listOrgRecipients(question.orgId, { userIds: [question.askedBy] }),
    questionAnsweredContent({
      questionId: question.id,
      questionNumber: question.questionNumber,
      projectName: question.project.name,
      allyOrgName: actor.org.name,
      answerId: answer.id,
    }),
  );
  return answer;
}
