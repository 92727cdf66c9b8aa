import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AccessLogDto } from "@/lib/dataroom/list-access-logs";
import { formatDateTime } from "./format-date-time";

const ACTION_VARIANT: Record<string, BadgeVariant> = { VIEWED: "muted", DOWNLOADED: "info", SHARED: "warning", ANNOTATED: "secondary", PRINTED: "warning" };

/** Who did what to which document, when and from where. */
export function AccessLogTable({ rows }: { rows: AccessLogDto[] }) {
  return (
    <Table>
      <THead>
        <TR>
          <TH>When</TH>
          <TH>Who</TH>
          <TH>Action</TH>
          <TH>Document</TH>
          <TH className="hidden md:table-cell">From</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={r.id} data-testid="access-log-row">
            <TD className="sm:whitespace-nowrap">{formatDateTime(r.at)}</TD>
            <TD>
              <span className="block font-medium">{r.userName ?? (r.userId === null && r.recipientEmail ? "Share link recipient" : "System or removed user")}</span>
              <span className="text-xs text-muted-foreground">{r.userEmail ?? (r.userId === null ? r.recipientEmail : null)}</span>
            </TD>
            <TD>
              <Badge variant={ACTION_VARIANT[r.action] ?? "muted"}>{r.action.charAt(0) + r.action.slice(1).toLowerCase()}</Badge>
              {r.action === "SHARED" && r.recipientEmail ? <span className="block text-xs text-muted-foreground">with {r.recipientEmail}</span> : null}
            </TD>
            <TD>
              <span className="block max-w-64 truncate">{r.documentName}</span>
              <span className="text-xs text-muted-foreground">Version {r.documentVersion}</span>
            </TD>
            <TD className="hidden md:table-cell">
              <span className="block">{r.ipAddress ?? "Unknown IP"}</span>
              <span className="block max-w-56 truncate text-xs text-muted-foreground" title={r.userAgent ?? undefined}>
                {r.userAgent}
              </span>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
