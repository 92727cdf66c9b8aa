"use client";

import { ChevronRight } from "lucide-react";
import { Fragment, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { sentenceText } from "@/lib/audit/sentence-parts";
import type { AuditFeedEntry, AuditRowDto } from "@/lib/audit/types";
import { cn } from "@/lib/utils/cn";
import { AuditEntryDetails } from "./audit-entry-details";
import { AuditSentence } from "./audit-sentence";
import { formatUtc } from "./describe-audit";

/** A folded run of entries, opened: each one's sentence and time. */
function GroupDetails({ rows }: { rows: AuditRowDto[] }) {
  return (
    <ul className="grid gap-1.5 rounded-md border border-border bg-surface p-3 text-sm">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-wrap justify-between gap-x-4">
          <AuditSentence parts={row.sentence} />
          <time dateTime={row.at} className="text-xs whitespace-nowrap text-muted-foreground tabular-nums">
            {formatUtc(row.at)}
          </time>
        </li>
      ))}
    </ul>
  );
}

/** One page of audit entries as sentences; each opens into its before/after view, a folded run into its entries. */
export function AuditLogTable({ entries }: { entries: AuditFeedEntry[] }) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Card className="overflow-hidden p-0">
      <Table>
        <caption className="sr-only">Audit log entries, newest first. Expand an entry to see what changed.</caption>
        <THead>
          <TR>
            <TH className="w-10">
              <span className="sr-only">Details</span>
            </TH>
            <TH className="hidden sm:table-cell">When (UTC)</TH>
            <TH className="hidden md:table-cell">Who</TH>
            <TH>What happened</TH>
          </TR>
        </THead>
        <TBody>
          {entries.map((entry) => {
            const id = entry.kind === "single" ? entry.row.id : entry.id;
            const at = entry.kind === "single" ? entry.row.at : entry.at;
            const actor = entry.kind === "single" ? entry.row.actor : entry.rows[0].actor;
            const sentence = entry.kind === "single" ? entry.row.sentence : entry.sentence;
            const expanded = open.has(id);
            const detailsId = `audit-${id}`;
            const who = actor?.name ?? "System";
            return (
              <Fragment key={id}>
                <TR className={cn("cursor-pointer", expanded && "border-b-0 bg-muted/40")} onClick={() => toggle(id)}>
                  <TD className="pr-0">
                    <button
                      type="button"
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      aria-label={`${expanded ? "Hide" : "Show"} details of “${sentenceText(sentence)}”`}
                      onClick={(event) => {
                        event.stopPropagation();
                        toggle(id);
                      }}
                      className="flex size-7 items-center justify-center rounded-md text-muted-foreground hover:bg-accent hover:text-foreground"
                    >
                      <ChevronRight aria-hidden className={cn("size-4 transition-transform", expanded && "rotate-90")} />
                    </button>
                  </TD>
                  <TD className="hidden text-sm whitespace-nowrap text-muted-foreground tabular-nums sm:table-cell">
                    <time dateTime={at}>{formatUtc(at).replace(" UTC", "")}</time>
                  </TD>
                  <TD className="hidden md:table-cell">
                    <span className="flex items-center gap-2 whitespace-nowrap">
                      <Avatar name={who} size="sm" decorative />
                      <span className={cn("font-medium", !actor && "text-muted-foreground")}>{who}</span>
                    </span>
                  </TD>
                  <TD>
                    <span className="grid gap-0.5">
                      <AuditSentence parts={sentence} className="text-sm" />
                      <span className="text-xs text-muted-foreground sm:hidden">
                        <time dateTime={at}>{formatUtc(at)}</time>
                      </span>
                    </span>
                  </TD>
                </TR>
                {expanded ? (
                  <tr id={detailsId} className="border-b border-border bg-muted/40">
                    <td colSpan={4} className="px-3 pt-1 pb-4 sm:px-4">
                      {entry.kind === "single" ? <AuditEntryDetails row={entry.row} /> : <GroupDetails rows={entry.rows} />}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </TBody>
      </Table>
    </Card>
  );
}
