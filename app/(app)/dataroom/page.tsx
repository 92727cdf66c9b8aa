import { ChartPie, FolderKanban, FolderLock } from "lucide-react";
import Link from "next/link";
import { formatDateTime } from "@/components/dataroom/format-date-time";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { dataroomAccess } from "@/lib/dataroom/access";
import { hasAccess } from "@/lib/access/check-access";
import { projectsAccess } from "@/lib/projects/access";
import { listDataRooms } from "@/lib/dataroom/rooms/list-data-rooms";
import { roomPath } from "@/lib/dataroom/rooms/room-ref";

export const metadata = { title: "Data room" };

/** Each project (ally) or portfolio (investor) has its own data room: pick one. */
export default async function DataRoomPage() {
  const tenant = await requirePageAccess(dataroomAccess.read);
  const rooms = await listDataRooms(tenant);
  const investor = tenant.org.type === "INVESTOR";

  return (
    <>
      <PageHeader
        title="Data room"
        description={
          investor
            ? "Documents per portfolio: foldered, versioned, searchable, and logged on every view and download."
            : "Due-diligence documents per project: foldered, versioned, searchable, and logged on every view and download."
        }
      />
      {rooms.length === 0 ? (
        investor ? (
          <EmptyState
            icon={ChartPie}
            title="No portfolios yet"
            description="A data room belongs to a portfolio. Portfolios your organisation runs appear here with their documents."
          />
        ) : (
          <EmptyState
            icon={FolderKanban}
            title="No projects yet"
            description="A data room belongs to a project. Create a project to start collecting its documents."
            action={
              hasAccess(tenant, projectsAccess.write) ? (
                <Button asChild>
                  <Link href="/projects/new">New project</Link>
                </Button>
              ) : null
            }
          />
        )
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {rooms.map((room) => (
            <li key={room.id}>
              <Link
                href={roomPath(room)}
                className="flex h-full items-start gap-3 rounded-lg border border-border bg-surface p-4 shadow-sm transition-colors hover:border-brand-300 hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
              >
                <span className="flex size-10 shrink-0 items-center justify-center rounded-md bg-brand-50 text-brand-600">
                  <FolderLock aria-hidden className="size-5" />
                </span>
                <span className="grid min-w-0 gap-0.5">
                  <span className="truncate font-medium" title={room.name}>
                    {room.name}
                  </span>
                  <span className="text-sm text-muted-foreground">{room.documents === 1 ? "1 document" : `${room.documents} documents`}</span>
                  <span className="text-xs text-muted-foreground">{room.lastUploadAt ? `Last upload ${formatDateTime(room.lastUploadAt)}` : "Nothing uploaded yet"}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
