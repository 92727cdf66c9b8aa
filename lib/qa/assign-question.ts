import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { assertAllySide } from "./assert-ally-side";
import { getQuestionOrThrow } from "./get-question-or-throw";
import { lockWaitingQuestion } from "./lock-waiting-question";
import { questionAssignedContent } from "./qa-notification-content";
import type { AssignQuestionInput } from "./schemas";

/**
 * Routes a waiting question to a member of the project's team and/or a team; an open question
 * moves to in progress. The new assignee (not the one who assigned themselves) is told.
 */
export async function assignQuestion(actor: Actor, input: AssignQuestionInput) {
  const { question, side } = await getQuestionOrThrow(actor, input.questionId);
  assertAllySide(side, "assign questions");
  const updated = await auditedWrite(actor, async (tx) => {
    const { status } = await lockWaitingQuestion(tx, question.id);
    if (input.assigneeId) {
      const member = await tx.user.findFirst({ where: { id: input.assigneeId, orgId: actor.org.id, isActive: true }, select: { id: true } });
      if (!member) throw new AppError("VALIDATION", "Choose an active member of your team.", { fieldErrors: { assigneeId: ["Not a member of your team."] } });
    }
    const row = await tx.qaQuestion.update({
      where: { id: question.id },
      data: { assignedTo: input.assigneeId, assignedTeam: input.team, status: status === "open" ? "in_progress" : status },
    });
    await emit(tx, "qa.question_assigned", { orgId: actor.org.id, questionId: row.id, projectId: row.projectId, assigneeId: row.assignedTo, team: row.assignedTeam });
    return {
      result: row,
      audit: {
        action: "qa.question_assigned",
        entityType: "QaQuestion",
        entityId: row.id,
        changes: {
          before: { assignedTo: question.assignedTo, assignedTeam: question.assignedTeam },
          after: { assignedTo: row.assignedTo, assignedTeam: row.assignedTeam },
        },
      },
    };
  });
  if (updated.assignedTo && updated.assignedTo !== actor.user.id && updated.assignedTo !== question.assignedTo) {
    await createNotifications(
      [{ orgId: actor.org.id, userId: updated.assignedTo }],
      questionAssignedContent({
        questionId: question.id,
        questionNumber: question.questionNumber,
        projectName: question.project.name,
        assignedByName: actor.user.fullName,
        assignmentKey: `${question.id}:${updated.assignedTo}:${updated.updatedAt.getTime()}`,
      }),
    );
  }
  return updated;
}
