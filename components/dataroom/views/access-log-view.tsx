import { ScrollText } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { parseAccessLogQuery } from "@/lib/dataroom/access-log-query";
import { listAccessLogs, listAccessLogUsers } from "@/lib/dataroom/list-access-logs";
import { requireRoomPage } from "@/lib/dataroom/rooms/require-room-page";
import { roomPath, type RoomRef } from "@/lib/dataroom/rooms/room-ref";
import { AccessLogFilters } from "../access-log-filters";
import { AccessLogTable } from "../access-log-table";
import { dataroomAccess } from "@/lib/dataroom/access";

const SHOWN = 200;

/** The room's access log (managers and admins): filters, the latest rows, CSV of everything. */
export async function AccessLogView({ roomRef, searchParams }: { roomRef: RoomRef; searchParams: Record<string, string | string[] | undefined> }) {
  const { tenant, room } = await requireRoomPage(roomRef, dataroomAccess.accessLog);
  const ref: RoomRef = { kind: room.kind, id: room.id };
  const query = parseAccessLogQuery(searchParams);
  const [rows, users] = await Promise.all([listAccessLogs(tenant, ref, query, SHOWN), listAccessLogUsers(tenant, ref)]);
  const base = roomPath(ref);
  const filters = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string"));
  const csvBase = room.kind === "project" ? `/api/dataroom/projects/${room.id}` : `/api/dataroom/portfolios/${room.id}`;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Data room", href: "/dataroom" }, { label: room.name, href: base }, { label: "Access log" }]}
        title="Access log"
        description={`Every view, download, share and print of the ${room.name} documents, with who, when and from where.`}
      />
      <div className="flex min-w-0 flex-col gap-4">
        <AccessLogFilters basePath={`${base}/access-log`} csvHref={`${csvBase}/access-log?${filters}`} query={query} users={users} />
        {rows.length ? (
          <div className="min-w-0 rounded-lg border border-border bg-surface">
            <AccessLogTable rows={rows} />
            {rows.length === SHOWN ? (
              <p className="border-t border-border px-4 py-2 text-xs text-muted-foreground">
                Showing the latest {SHOWN}. Narrow the filters or export CSV for the full log.
              </p>
            ) : null}
          </div>
        ) : (
          <EmptyState
            icon={ScrollText}
            title="No access recorded"
            description="Nothing matches these filters yet. Views and downloads appear here as they happen."
            size="sm"
          />
        )}
      </div>
    </>
  );
}
