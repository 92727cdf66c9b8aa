import { format } from "date-fns";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { QA_CATEGORY_LABELS, QA_TEAM_LABELS, type QaTeam } from "@/lib/qa/qa-options";
import type { QaQuestionDto } from "@/lib/qa/qa-question-dto";
import { QaPriorityBadge, QaStatusBadge, SlaText } from "./qa-badges";

type Props = { rows: QaQuestionDto[]; side: "investor" | "ally"; now: Date; footer?: ReactNode };

export function teamLabel(team: string | null): string | null {
  return team ? (QA_TEAM_LABELS[team as QaTeam] ?? team) : null;
}

/** One page of questions; the question is the row's link to its thread. */
export function QaTable({ rows, side, now, footer }: Props) {
  return (
    <Card className="overflow-hidden p-0">
      <Table>
        <caption className="sr-only">Due-diligence questions</caption>
        <THead>
          <TR>
            <TH className="text-right">#</TH>
            <TH>Project</TH>
            <TH>Question</TH>
            <TH className="hidden 2xl:table-cell">Category</TH>
            <TH>Priority</TH>
            <TH>Status</TH>
            <TH>Deadline</TH>
            {side === "ally" ? <TH className="hidden md:table-cell">Assignee</TH> : null}
            <TH className="hidden md:table-cell">Asked by</TH>
            <TH className="hidden 2xl:table-cell">Asked</TH>
          </TR>
        </THead>
        <TBody>
          {rows.map((row) => (
            <TR key={row.id}>
              <TD className="text-right font-medium tabular-nums text-muted-foreground">{row.number}</TD>
              <TD className="max-w-40 truncate whitespace-nowrap">{row.projectName}</TD>
              <TD className="max-w-64">
                <Link
                  href={`/qa/${row.id}`}
                  className="block truncate rounded-sm font-medium hover:underline focus-visible:outline-2 focus-visible:outline-ring"
                  title={row.question}
                >
                  {row.question}
                </Link>
              </TD>
              <TD className="hidden text-muted-foreground 2xl:table-cell">{QA_CATEGORY_LABELS[row.category]}</TD>
              <TD>
                <QaPriorityBadge priority={row.priority} />
              </TD>
              <TD>
                <QaStatusBadge status={row.status} />
              </TD>
              <TD>
                <SlaText question={row} now={now} />
              </TD>
              {side === "ally" ? (
                <TD className="hidden md:table-cell">
                  {row.assignee || row.team ? (
                    <>
                      {row.assignee ? <span className="block whitespace-nowrap">{row.assignee.name}</span> : null}
                      {row.team ? <span className="block text-xs whitespace-nowrap text-muted-foreground">{teamLabel(row.team)} team</span> : null}
                    </>
                  ) : (
                    <span className="text-muted-foreground">Unassigned</span>
                  )}
                </TD>
              ) : null}
              <TD className="hidden max-w-48 md:table-cell">
                <span className="block truncate">{row.askerOrgName}</span>
                <span className="block truncate text-xs text-muted-foreground">
                  {row.askerName}
                  <span className="2xl:hidden"> · {format(new Date(row.createdAt), "d MMM yyyy")}</span>
                </span>
              </TD>
              <TD className="hidden whitespace-nowrap text-muted-foreground 2xl:table-cell">
                <time dateTime={row.createdAt}>{format(new Date(row.createdAt), "d MMM yyyy")}</time>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {footer ? <div className="border-t border-border px-3 py-2">{footer}</div> : null}
    </Card>
  );
}
