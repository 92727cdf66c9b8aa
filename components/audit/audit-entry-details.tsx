import type { ReactNode } from "react";
import type { AuditRowDto } from "@/lib/audit/types";
import { AuditDiff } from "./audit-diff";
import { actionLabel, entityTypeLabel, formatUtc } from "./describe-audit";

/** The expanded view of one entry: the change itself, then who, when and from where. */
export function AuditEntryDetails({ row }: { row: AuditRowDto }) {
  const facts: [string, ReactNode][] = [
    ["When", formatUtc(row.at, true)],
    ["By", row.actor ? `${row.actor.name} (${row.actor.email})` : "System (a scheduled job or an automatic change)"],
    ["IP address", row.ipAddress ?? "Not recorded"],
    ["User agent", row.userAgent ?? "Not recorded"],
    ["Entity", `${entityTypeLabel(row.entityType)}${row.entityLabel ? `: ${row.entityLabel}` : ""}`],
    ["Action", actionLabel(row.action)],
    [
      "Reference",
      <code key="code" className="font-mono text-xs break-all">
        {row.entityId ? `${row.entityId} · ` : ""}entry {row.id}
      </code>,
    ],
  ];
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-label="Changes" className="grid min-w-0 content-start gap-2">
        <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Changes</h4>
        <AuditDiff before={row.before} after={row.after} entityType={row.entityType} />
      </section>
      <section aria-label="Request details" className="grid content-start gap-2">
        <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Details</h4>
        <dl className="grid gap-2 rounded-md border border-border bg-surface p-3 text-sm">
          {facts.map(([label, value]) => (
            <div key={label} className="grid gap-0.5">
              <dt className="text-xs text-muted-foreground">{label}</dt>
              <dd className="min-w-0 break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
