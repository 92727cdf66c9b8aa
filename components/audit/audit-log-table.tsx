"use client";

import { ChevronRight } from "lucide-react";
import { Fragment, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AuditRowDto } from "@/lib/audit/types";
import { cn } from "@/lib/utils/cn";
import { AuditEntryDetails } from "./audit-entry-details";
import { actionLabel, entityTypeLabel, formatUtc } from "./describe-audit";

/** One page of audit entries; each row opens into its before/after view. */
export function AuditLogTable({ rows }: { rows: AuditRowDto[] }) {
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
            <TH className="w-10"><span className="sr-only">Details</span></TH>
            <TH className="hidden sm:table-cell">When (UTC)</TH>
            <TH className="hidden sm:table-cell">Who</TH>
            <TH>Action</TH>
            <TH className="hidden md:table-cell">Entity</TH>
          </TR>
        </THead>
        <TBody>
          {rows.map((row) => {
            const expanded = open.has(row.id);
            const detailsId = `audit-${row.id}`;
            const who = row.actor?.name ?? "System";
            const entity = `${entityTypeLabel(row.entityType)}${row.entityLabel ? `: ${row.entityLabel}` : ""}`;
            return (
              <Fragment key={row.id}>
                <TR className={cn("cursor-pointer", expanded && "border-b-0 bg-muted/40")} onClick={() => toggle(row.id)}>
                  <TD className="pr-0">
                    <button
                      type="button"
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      aria-label={`${expanded ? "Hide" : "Show"} details of “${actionLabel(row.action)}” by ${who}`}
                      onClick={(event) => {
                        event.stopPropagation();
                        toggle(row.id);
                      }}
                      className="flex size-7 items-center justify-center rounded-md text-muted-foreground hover:bg-accent hover:text-foreground"
                    >
                      <ChevronRight aria-hidden className={cn("size-4 transition-transform", expanded && "rotate-90")} />
                    </button>
                  </TD>
                  <TD className="hidden text-sm whitespace-nowrap text-muted-foreground tabular-nums sm:table-cell">
                    <time dateTime={row.at}>{formatUtc(row.at).replace(" UTC", "")}</time>
                  </TD>
                  <TD className="hidden sm:table-cell">
                    <span className="flex items-center gap-2 whitespace-nowrap">
                      <Avatar name={who} size="sm" decorative />
                      <span className={cn("font-medium", !row.actor && "text-muted-foreground")}>{who}</span>
                    </span>
                  </TD>
                  <TD>
                    <span className="grid gap-0.5">
                      <span className="font-medium">{actionLabel(row.action)}</span>
                      <code className="font-mono text-[11px] text-muted-foreground">{row.action}</code>
                      <span className="text-xs text-muted-foreground md:hidden">{entity}</span>
                      <span className="text-xs text-muted-foreground sm:hidden">
                        {who} · <time dateTime={row.at}>{formatUtc(row.at)}</time>
                      </span>
                    </span>
                  </TD>
                  <TD className="hidden max-w-xs md:table-cell">
                    <span className="grid gap-0.5">
                      <span className="text-xs text-muted-foreground">{entityTypeLabel(row.entityType)}</span>
                      <span className="truncate">{row.entityLabel ?? <span className="text-muted-foreground">—</span>}</span>
                    </span>
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
