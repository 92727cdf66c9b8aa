import { format } from "date-fns";
import Link from "next/link";
import { QA_CATEGORY_LABELS } from "@/lib/qa/qa-options";
import type { QaQuestionDto } from "@/lib/qa/qa-question-dto";
import { QaPriorityBadge, QaStatusBadge, SlaText } from "./qa-badges";
import { teamLabel } from "./qa-table";

/** The facts of a question beside its thread; the project opens where this side works on it. */
export function QuestionDetails({ question, side, now }: { question: QaQuestionDto; side: "investor" | "ally"; now: Date }) {
  const projectHref = side === "investor" ? `/marketplace/${question.projectId}` : `/projects/${question.projectId}`;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="text-muted-foreground">Project</dt>
      <dd>
        <Link href={projectHref} className="font-medium text-primary hover:underline">
          {question.projectName}
        </Link>
      </dd>
      <dt className="text-muted-foreground">{side === "investor" ? "Developer" : "Investor"}</dt>
      <dd>{side === "investor" ? question.allyOrgName : question.askerOrgName}</dd>
      <dt className="text-muted-foreground">Status</dt>
      <dd>
        <QaStatusBadge status={question.status} />
      </dd>
      <dt className="text-muted-foreground">Priority</dt>
      <dd>
        <QaPriorityBadge priority={question.priority} />
      </dd>
      <dt className="text-muted-foreground">Category</dt>
      <dd>{QA_CATEGORY_LABELS[question.category]}</dd>
      <dt className="text-muted-foreground">Deadline</dt>
      <dd className="grid">
        <SlaText question={question} now={now} />
        {question.slaDeadline ? (
          <time dateTime={question.slaDeadline} className="text-xs text-muted-foreground">
            {format(new Date(question.slaDeadline), "d MMM yyyy, HH:mm")}
          </time>
        ) : null}
      </dd>
      {side === "ally" ? (
        <>
          <dt className="text-muted-foreground">Assignee</dt>
          <dd>{[question.assignee?.name, question.team ? `${teamLabel(question.team)} team` : null].filter(Boolean).join(" · ") || "Unassigned"}</dd>
        </>
      ) : null}
      {question.tags.length ? (
        <>
          <dt className="text-muted-foreground">Tags</dt>
          <dd className="flex flex-wrap gap-1">
            {question.tags.map((tag) => (
              <span key={tag} className="rounded-full bg-muted px-2 py-0.5 text-xs">
                {tag}
              </span>
            ))}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
