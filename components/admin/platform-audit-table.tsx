"use client";

import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { Fragment, useState } from "react";
import { AuditEntryDetails } from "@/components/audit/audit-entry-details";
import { AuditSentence } from "@/components/audit/audit-sentence";
import { formatUtc } from "@/components/audit/describe-audit";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { PlatformAuditRow } from "@/lib/admin/unsafe-list-platform-audit";
import { sentenceText } from "@/lib/audit/sentence-parts";
import { cn } from "@/lib/utils/cn";

/** One page of every org's audit entries, as the org's own log words them, with the org named; each opens into its before/after. */
export function PlatformAuditTable({ rows }: { rows: PlatformAuditRow[] }) {
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
        <caption className="sr-only">Audit entries of every organisation, newest first. Expand an entry to see what changed.</caption>
        <THead>
          <TR>
            <TH className="w-10">
              <span className="sr-only">Details</span>
            </TH>
            <TH>When (UTC)</TH>
            <TH>Organisation</TH>
            <TH>What happened</TH>
            <TH className="hidden lg:table-cell">Action</TH>
          </TR>
        </THead>
        <TBody>
          {rows.map((row) => {
            const expanded = open.has(row.id);
            const detailsId = `platform-audit-${row.id}`;
            return (
              <Fragment key={row.id}>
                <TR className={cn(expanded && "border-b-0 bg-muted/40")}>
                  <TD className="pr-0">
                    <button
                      type="button"
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      aria-label={`${expanded ? "Hide" : "Show"} details of “${sentenceText(row.sentence)}”`}
                      onClick={() => toggle(row.id)}
                      className="flex size-7 items-center justify-center rounded-md text-muted-foreground hover:bg-accent hover:text-foreground"
                    >
                      <ChevronRight aria-hidden className={cn("size-4 transition-transform", expanded && "rotate-90")} />
                    </button>
                  </TD>
                  <TD className="text-sm whitespace-nowrap text-muted-foreground tabular-nums">
                    <time dateTime={row.at}>{formatUtc(row.at).replace(" UTC", "")}</time>
                  </TD>
                  <TD className="whitespace-nowrap">
                    <Link href={`/admin/organisations/${row.org.id}`} className="font-medium text-primary hover:underline">
                      {row.org.name}
                    </Link>
                  </TD>
                  <TD>
                    <AuditSentence parts={row.sentence} className="text-sm" />
                  </TD>
                  <TD className="hidden lg:table-cell">
                    <code className="text-xs text-muted-foreground">{row.action}</code>
                  </TD>
                </TR>
                {expanded ? (
                  <tr id={detailsId} className="border-b border-border bg-muted/40">
                    <td colSpan={5} className="px-3 pt-1 pb-4 sm:px-4">
                      <AuditEntryDetails row={row} />
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
