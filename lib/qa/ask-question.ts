import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { emit } from "@/lib/events/emit";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { listOrgRecipients } from "@/lib/notifications/list-org-recipients";
import type { ApiKeyQaActor } from "./api-key-qa-actor";
import { assertLinkableDocuments } from "./assert-linkable-documents";
import { getSlaPolicy, slaDeadline } from "./get-sla-policy";
import { questionAskedContent } from "./qa-notification-content";
import { resolveAskTarget } from "./resolve-ask-target";
import type { AskQuestionInput } from "./schemas";
import { takeQuestionNumber } from "./take-question-number";

/**
 * An investor's question about a project on the marketplace or in a deal room (a key: the marketplace only). It takes the project's next number,
 * and its deadline from the ally's response times (the ally answers, so the ally's policy
 * counts). Documents it points at must be ones the investor can open there. The ally's
 * managers are told after the commit.
 */
export async function askQuestion(actor: Actor | ApiKeyQaActor, input: AskQuestionInput) {
  const { project, dealRoomId } = await resolveAskTarget(actor, input);
  await assertLinkableDocuments(db, { project, orgId: actor.org.id, dealRoomId }, input.linkedDocumentIds);
  const policy = await getSlaPolicy(project.orgId);
  const question = await auditedWrite(actor, async (tx) => {
    const questionNumber = await takeQuestionNumber(tx, project.id);
    const askedAt = new Date();
    const row = await tx.qaQuestion.create({
      data: {
        orgId: actor.org.id,
        projectId: project.id,
        dealRoomId,
        questionNumber,
        question: input.question,
        category: input.category,
        priority: input.priority,
        askedBy: actor.kind === "api-key" ? actor.personId : actor.user.id,
        status: "open",
        slaDeadline: slaDeadline(policy, input.priority, askedAt),
        linkedDocuments: input.linkedDocumentIds,
        tags: input.tags,
        createdAt: askedAt,
      },
    });
    await emit(tx, "qa.question_asked", { orgId: actor.org.id, questionId: row.id, projectId: project.id, questionNumber });
    return {
      result: row,
      audit: {
        action: "qa.question_asked",
        entityType: "QaQuestion",
        entityId: row.id,
        changes: {
          after: {
            projectId: project.id,
            ...(dealRoomId ? { dealRoomId } : {}),
            questionNumber,
            category: row.category,
            priority: row.priority,
            slaDeadline: row.slaDeadline,
          },
        },
      },
    };
  });
  await createNotifications(
    await listOrgRecipients(project.orgId, { userIds: [] }),
    questionAskedContent({
      questionId: question.id,
      questionNumber: question.questionNumber,
      projectName: project.name,
      askerOrgName: actor.org.name,
      question: question.question,
      deadline: question.slaDeadline!,
    }),
  );
  return question;
}
