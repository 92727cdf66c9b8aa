import { format } from "date-fns";
import type { Metadata } from "next";
import { AnswerText } from "@/components/qa/answer-text";
import { AnswerWorkspace } from "@/components/qa/answer-workspace";
import { AssignQuestionForm } from "@/components/qa/assign-question-form";
import { CloseQuestionButton } from "@/components/qa/close-question-button";
import { DraftWithAiButton } from "@/components/qa/draft-with-ai-button";
import { LinkedDocuments } from "@/components/qa/linked-documents";
import { QaStatusBadge } from "@/components/qa/qa-badges";
import { QuestionDetails } from "@/components/qa/question-details";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { qaAccess } from "@/lib/qa/access";
import { getQuestionThread } from "@/lib/qa/get-question-thread";
import { listAssignableMembers } from "@/lib/qa/list-assignable-members";
import { QA_WAITING_STATUSES } from "@/lib/qa/qa-options";

export const metadata: Metadata = { title: "Question" };

type Props = { params: Promise<{ questionId: string }> };

/** Why there is no final answer yet, in the reader's terms. */
function noAnswerText(status: string, side: "investor" | "ally"): string {
  if (status === "closed") return "The question was closed without an answer.";
  return side === "investor" ? "The developer has not answered yet. You are told when they do." : "No final answer yet. Draft one below and submit it when it is ready.";
}

/** One question as its side sees it: the investor the question and the final answer, the project's team its drafts and routing too. */
export default async function QuestionPage({ params }: Props) {
  const tenant = await requirePageAccess(qaAccess.read);
  const { questionId } = await params;
  const thread = await orNotFound(getQuestionThread(tenant, questionId));
  const { question, side } = thread;
  const now = new Date();
  const waiting = QA_WAITING_STATUSES.includes(question.status);
  const canRespond = hasAccess(tenant, qaAccess.respond);
  const canAssign = side === "ally" && waiting && hasAccess(tenant, qaAccess.assign);
  const members = canAssign ? await listAssignableMembers(tenant) : [];
  const final = thread.answers.find((answer) => answer.isFinal) ?? null;
  const drafts = thread.answers.filter((answer) => !answer.isFinal);

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Q&A", href: "/qa" }, { label: `${question.projectName} #${question.number}` }]}
        title={
          <span className="flex flex-wrap items-center gap-3">
            Question #{question.number} <QaStatusBadge status={question.status} />
          </span>
        }
        description={`${question.projectName} · Asked by ${question.askerName} (${question.askerOrgName}) on ${format(new Date(question.createdAt), "d MMM yyyy, HH:mm")}`}
        actions={canRespond && question.status !== "closed" ? <CloseQuestionButton questionId={question.id} number={question.number} side={side} /> : null}
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="grid min-w-0 gap-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle>Question</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-4">
              <p className="text-sm leading-relaxed whitespace-pre-line">{question.question}</p>
              <LinkedDocuments documents={thread.linkedDocuments} projectId={question.projectId} side={side} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Answer</CardTitle>
              {final ? (
                <CardDescription>
                  By {final.authorName}
                  {side === "investor" ? ` (${question.allyOrgName})` : ""} on{" "}
                  <time dateTime={final.createdAt}>{format(new Date(final.createdAt), "d MMM yyyy, HH:mm")}</time>
                </CardDescription>
              ) : (
                <CardDescription>{noAnswerText(question.status, side)}</CardDescription>
              )}
            </CardHeader>
            {final ? (
              <CardContent className="grid gap-4">
                <AnswerText content={final.content} citations={final.citations} linkCitations={side === "ally"} />
                <LinkedDocuments documents={final.linkedDocuments} projectId={question.projectId} side={side} />
              </CardContent>
            ) : null}
          </Card>
          {side === "ally" && waiting && canRespond ? (
            <Card>
              <CardHeader>
                <CardTitle>Work on the answer</CardTitle>
                <CardDescription>Save drafts as you go; submit one of them as the final answer.</CardDescription>
              </CardHeader>
              <CardContent>
                <AnswerWorkspace
                  questionId={question.id}
                  number={question.number}
                  askerOrgName={question.askerOrgName}
                  drafts={drafts}
                  extraAction={<DraftWithAiButton questionId={question.id} />}
                />
              </CardContent>
            </Card>
          ) : null}
        </div>
        <div className="grid min-w-0 gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Details</CardTitle>
            </CardHeader>
            <CardContent>
              <QuestionDetails question={question} side={side} now={now} />
            </CardContent>
          </Card>
          {canAssign ? (
            <Card>
              <CardHeader>
                <CardTitle>Assign</CardTitle>
                <CardDescription>Who answers it. The person you choose is told.</CardDescription>
              </CardHeader>
              <CardContent>
                <AssignQuestionForm questionId={question.id} members={members} current={{ assigneeId: question.assignee?.id ?? null, team: question.team }} />
              </CardContent>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
