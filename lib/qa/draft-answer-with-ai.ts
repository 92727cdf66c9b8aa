import { QA_ANSWER_DRAFT_PROMPT } from "@/lib/ai/prompts/qa-answer-draft";
import { runAiTask } from "@/lib/ai/run-ai-task";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { assertAllySide } from "./assert-ally-side";
import { checkDraftCitations } from "./check-draft-citations";
import { composeOfflineAnswer } from "./compose-offline-answer";
import { findAnswerPassages } from "./find-answer-passages";
import { getQuestionOrThrow } from "./get-question-or-throw";
import { lockWaitingQuestion } from "./lock-waiting-question";
import { qaDraftOutputSchema, type AnswerSearch } from "./qa-draft-output";

function numberedPassages(search: AnswerSearch): string {
  if (search.passages.length === 0) return "(no page of the data room mentions the question's words)";
  return search.passages
    .map((p) => `[${p.number}] documentId=${p.documentId} | ${JSON.stringify(p.documentName)} | page ${p.pageNumber}\n<passage>\n${p.content}\n</passage>`)
    .join("\n\n");
}

/**
 * A draft answer for the project's team, written from the project's data room only: the pages the
 * user may open that mention the question's words go to the AI task (the model, or offline the
 * extractive analyser), every sentence of the result cites a page it was given, and where the pages
 * do not answer the draft says so. Saved as a draft (the investor never sees it) with its
 * citations, in one audited write; an open question moves to in progress. The question is checked
 * before the AI runs, so a closed or answered one spends nothing, and again under its row lock.
 */
export async function draftAnswerWithAi(actor: Actor, questionId: string) {
  const { question, side } = await getQuestionOrThrow(actor, questionId);
  assertAllySide(side, "draft answers");
  await db.$transaction((tx) => lockWaitingQuestion(tx, question.id));
  const search = await findAnswerPassages(actor, question.projectId, question.question);
  const run = await runAiTask({
    actor: { org: actor.org, user: actor.user },
    agentType: "QA_ANSWER_DRAFT",
    taskType: QA_ANSWER_DRAFT_PROMPT.taskType,
    entity: { type: "QaQuestion", id: question.id },
    variables: { project_name: question.project.name, question: question.question, numbered_passages: numberedPassages(search) },
    input: {
      questionId: question.id,
      terms: search.terms,
      passages: search.passages.map((p) => ({ number: p.number, documentId: p.documentId, pageNumber: p.pageNumber, matchedTerms: p.matchedTerms.length })),
    },
    outputSchema: qaDraftOutputSchema,
    tool: { name: "record_qa_draft", description: "Record the drafted answer: sentences with the numbers of the passages they cite, and those citations." },
    analyse: () => composeOfflineAnswer(search),
  });
  const draft = checkDraftCitations(run.output, search);
  return auditedWrite(actor, async (tx) => {
    const { status } = await lockWaitingQuestion(tx, question.id);
    const answer = await tx.qaAnswer.create({ data: { questionId: question.id, answeredBy: actor.user.id, content: draft.content, isFinal: false } });
    if (draft.citations.length > 0) {
      await tx.citation.createMany({
        data: draft.citations.map((c) => ({
          orgId: actor.org.id,
          aiOutputType: "QaAnswer",
          aiOutputId: answer.id,
          citationNumber: c.number,
          documentId: c.documentId,
          pageNumber: c.pageNumber,
          excerpt: c.excerpt,
        })),
      });
    }
    if (status === "open") await tx.qaQuestion.update({ where: { id: question.id }, data: { status: "in_progress" } });
    return {
      result: { answer, answered: draft.answered, citations: draft.citations, modelUsed: run.modelUsed },
      audit: {
        action: "qa.draft_generated",
        entityType: "QaQuestion",
        entityId: question.id,
        changes: {
          after: {
            answerId: answer.id,
            answered: draft.answered,
            citations: draft.citations.length,
            model: run.modelUsed,
            promptVersion: run.promptVersion,
            aiTaskLogId: run.logId,
          },
        },
      },
    };
  });
}
