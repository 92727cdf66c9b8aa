import { FileStack, ScrollText } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { hasAccess } from "@/lib/access/check-access";
import { dataroomAccess } from "@/lib/dataroom/access";
import { visibleClassifications } from "@/lib/dataroom/access-rules";
import { getRoomLanding } from "@/lib/dataroom/get-room-landing";
import { getUploadLimit } from "@/lib/dataroom/get-upload-limit";
import { listDocuments } from "@/lib/dataroom/list-documents";
import { folderPath, listFolderTree } from "@/lib/dataroom/list-folder-tree";
import { requireRoomPage } from "@/lib/dataroom/rooms/require-room-page";
import { folderHref, roomPath, type RoomRef } from "@/lib/dataroom/rooms/room-ref";
import { searchDocuments } from "@/lib/dataroom/search-documents";
import { DocumentTable } from "../document-table";
import { FolderTree } from "../folder-tree";
import { RoomLanding } from "./room-landing";
import { processingWatch } from "../processing-watch";
import { RefreshWhileProcessing } from "../refresh-while-processing";
import { SearchBox } from "../search-box";
import { SearchResults } from "../search-results";
import { UploadDropzone } from "../upload-dropzone";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

const DESCRIPTION = {
  project: "Project documents for due diligence. Every view and download is logged.",
  portfolio: "Portfolio documents: reports, agreements and monitoring evidence. Every view and download is logged.",
};

/** One data room: folder tree, upload, then the landing (top level), the open folder's documents, or search results. */
export async function RoomView({ roomRef, searchParams }: { roomRef: RoomRef; searchParams: SearchParams }) {
  const { tenant, room } = await requireRoomPage(roomRef);
  const folderId = first(searchParams.folder) || null;
  const query = first(searchParams.q).trim();
  const page = Number.parseInt(first(searchParams.page), 10) || 1;
  const ref: RoomRef = { kind: room.kind, id: room.id };

  const tree = await listFolderTree(tenant, room);
  const path = folderId ? folderPath(tree, folderId) : [];
  if (folderId && !path.length) notFound();
  // A search shows only its hits: the folder's listing is not read at all then.
  const [listing, hits, limit, landing] = await Promise.all([
    query ? Promise.resolve(null) : listDocuments(tenant, room, folderId, { page }),
    query ? searchDocuments(tenant, query, { room: ref }) : Promise.resolve(null),
    getUploadLimit(tenant),
    folderId || query ? Promise.resolve(null) : getRoomLanding(tenant, room, tree),
  ]);
  const documents = listing?.documents ?? [];
  const canWrite = hasAccess(tenant, dataroomAccess.write);
  const base = roomPath(ref);

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Data room", href: "/dataroom" }, { label: room.name, href: base }, ...path.map((f) => ({ label: f.name, href: folderHref(ref, f.id) }))]}
        title={path.at(-1)?.name ?? room.name}
        description={path.length ? `In the ${room.name} data room.` : DESCRIPTION[room.kind]}
        actions={
          hasAccess(tenant, dataroomAccess.accessLog) ? (
            <Button asChild variant="outline">
              <Link href={`${base}/access-log`}>
                <ScrollText aria-hidden /> Access log
              </Link>
            </Button>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        {/* Sticky: a file dragged from far down the list still has the folders to drop on. */}
        <aside className="min-w-0 rounded-lg border border-border bg-surface p-3 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <FolderTree room={ref} tree={tree} selectedId={folderId} ancestorIds={path.map((f) => f.id)} canWrite={canWrite} />
        </aside>
        <section className="grid min-w-0 content-start gap-4" aria-label="Documents">
          <SearchBox room={ref} folderId={folderId} query={query} />
          {hits ? (
            <div className="grid gap-3">
              <p className="text-sm text-muted-foreground" role="status">
                {hits.length === 1 ? "1 document matches" : `${hits.length} documents match`} “{query}” across this data room.{" "}
                <Link href={folderHref(ref, folderId)} className="font-medium text-primary hover:underline">
                  Clear search
                </Link>
              </p>
              <SearchResults query={query} hits={hits} room={ref} />
            </div>
          ) : (
            <>
              {canWrite ? <UploadDropzone room={ref} folderId={folderId} limit={limit} classifications={visibleClassifications(tenant.role)} /> : null}
              {landing ? <RoomLanding room={ref} landing={landing} tree={tree} /> : null}
              {documents.length ? (
                <section aria-label={landing ? "Top-level documents" : undefined} className="grid gap-2">
                  {landing?.folders.length ? <h2 className="text-sm font-semibold text-muted-foreground">Top-level documents</h2> : null}
                  <div className="min-w-0 rounded-lg border border-border bg-surface">
                    <DocumentTable documents={documents} canWrite={canWrite} limit={limit} room={ref} tree={tree} />
                  </div>
                  {listing && listing.pageCount > 1 ? (
                    <PageLinks
                      page={listing.page}
                      pageCount={listing.pageCount}
                      hrefFor={(target) => folderHref(ref, folderId, target)}
                      label="Document pages"
                      shown={{ first: (listing.page - 1) * listing.pageSize + 1, last: (listing.page - 1) * listing.pageSize + documents.length, total: listing.total }}
                    />
                  ) : null}
                </section>
              ) : landing?.folders.length ? null : (
                <EmptyState
                  icon={FileStack}
                  size="sm"
                  title="No documents here yet"
                  description={canWrite ? "Drop files above to upload them into this folder." : "Documents uploaded here will appear in this list."}
                />
              )}
              <RefreshWhileProcessing kind="document" watch={processingWatch([...documents, ...(landing?.recent ?? [])])} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
