import { format } from "date-fns";
import Link from "next/link";
import type { ReactNode } from "react";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { MatchRowDto } from "@/lib/matching/inbox/list-matches";
import type { MatchSide } from "@/lib/matching/inbox/match-transitions";
import { cn } from "@/lib/utils/cn";
import { initiatorText, MatchStatusBadge } from "./match-status-badge";

type Props = { rows: MatchRowDto[]; side: MatchSide; footer?: ReactNode };

/** One page of the inbox. The project name is the row's link; a match with unread messages stands out and says how many. */
export function MatchInboxTable({ rows, side, footer }: Props) {
  return (
    <div className="overflow-hidden rounded-lg border border-border bg-surface">
      <Table>
        <THead>
          <TR>
            <TH>Project</TH>
            <TH>{side === "investor" ? "Developer" : "Investor"}</TH>
            <TH>Mandate</TH>
            <TH className="text-right">Score</TH>
            <TH>Status</TH>
            <TH>Started by</TH>
            <TH>Last activity</TH>
          </TR>
        </THead>
        <TBody>
          {rows.map((row) => (
            <TR key={row.id}>
              <TD className="max-w-72">
                <Link
                  href={`/matches/${row.id}`}
                  className={cn(
                    "block truncate rounded-sm hover:underline focus-visible:outline-2 focus-visible:outline-ring",
                    row.unread ? "font-semibold" : "font-medium",
                  )}
                >
                  {row.projectName}
                </Link>
                {row.unread ? (
                  <span className="mt-0.5 inline-block rounded-full bg-primary px-1.5 py-px text-[0.6875rem] font-semibold text-primary-foreground">
                    {row.unread} unread
                  </span>
                ) : null}
              </TD>
              <TD>{row.counterpartName}</TD>
              <TD className="text-muted-foreground">{row.mandateName ?? "No mandate"}</TD>
              <TD className="text-right tabular-nums">{row.overallScore}</TD>
              <TD>
                <MatchStatusBadge status={row.status} />
              </TD>
              <TD className="text-muted-foreground">{initiatorText(row.initiatedBy, side)}</TD>
              <TD className="whitespace-nowrap text-muted-foreground">
                <time dateTime={row.updatedAt}>{format(new Date(row.updatedAt), "d MMM yyyy, HH:mm")}</time>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {footer ? <div className="border-t border-border px-3 py-2">{footer}</div> : null}
    </div>
  );
}
