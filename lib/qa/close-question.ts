import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getQuestionOrThrow } from "./get-question-or-throw";
import type { QaStatus } from "./qa-options";

/**
 * Closes a question: the investor when the answer settles it (or they withdraw it), the project's
 * team when it is a duplicate or out of scope. A closed question takes no more answers.
 */
export async function closeQuestion(actor: Actor | ApiKeyActor, questionId: string) {
  const { question, side } = await getQuestionOrThrow(actor, questionId);
  return auditedWrite(actor, async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: QaStatus }[]>`SELECT status FROM qa_questions WHERE id = ${question.id}::uuid FOR UPDATE`;
    if (!locked) throw notFound("Question");
    if (locked.status === "closed") throw new AppError("CONFLICT", "This question is already closed.");
    const row = await tx.qaQuestion.update({ where: { id: question.id }, data: { status: "closed" } });
    await emit(tx, "qa.question_closed", { orgId: actor.org.id, questionId: row.id, projectId: row.projectId });
    return {
      result: row,
      audit: {
        action: "qa.question_closed",
        entityType: "QaQuestion",
        entityId: row.id,
        changes: { before: { status: locked.status }, after: { status: "closed", by: side } },
      },
    };
  });
}
