import { ChartPie, FolderKanban, SearchX } from "lucide-react";
import Link from "next/link";
import { Suspense } from "react";
import { RoomCards } from "@/components/dataroom/room-index/room-cards";
import { RoomCardsSkeleton } from "@/components/dataroom/room-index/room-cards-skeleton";
import { RoomPagination } from "@/components/dataroom/room-index/room-pagination";
import { RoomSearch } from "@/components/dataroom/room-index/room-search";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { dataroomAccess } from "@/lib/dataroom/access";
import { hasAccess } from "@/lib/access/check-access";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { projectsAccess } from "@/lib/projects/access";
import { listDataRooms } from "@/lib/dataroom/rooms/list-data-rooms";
import { dataRoomsHref, type ListDataRoomsQuery, parseListDataRoomsQuery } from "@/lib/dataroom/rooms/list-data-rooms-query";

export const metadata = { title: "Data room" };

type DataRoomPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Each project (ally) or portfolio (investor) has its own data room: pick one. A page of rooms at
 * a time, searched and sorted in the database; the cards stream in behind a skeleton so the
 * header and the search answer at once.
 */
export default async function DataRoomPage({ searchParams }: DataRoomPageProps) {
  const tenant = await requirePageAccess(dataroomAccess.read);
  const query = parseListDataRoomsQuery(await searchParams);
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
      <RoomSearch q={query.q} sort={query.sort} noun={investor ? "portfolios" : "projects"} />
      <Suspense key={dataRoomsHref(query)} fallback={<RoomCardsSkeleton />}>
        <RoomResults tenant={tenant} query={query} />
      </Suspense>
    </>
  );
}

async function RoomResults({ tenant, query }: { tenant: TenantContext; query: ListDataRoomsQuery }) {
  const result = await listDataRooms(tenant, query);
  if (result.rows.length > 0) {
    return (
      <>
        <RoomCards rooms={result.rows} />
        {result.pageCount > 1 ? <RoomPagination result={result} /> : null}
      </>
    );
  }
  if (result.orgHasRooms) {
    return (
      <EmptyState
        icon={SearchX}
        title="No data room matches"
        description={`Nothing is named like “${query.q}”. Try another name.`}
        action={
          <Button asChild variant="outline">
            <Link href="/dataroom">Clear search</Link>
          </Button>
        }
      />
    );
  }
  return tenant.org.type === "INVESTOR" ? (
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
  );
}
