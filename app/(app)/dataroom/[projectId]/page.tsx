import { FileStack, ScrollText } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentTable } from "@/components/dataroom/document-table";
import { FolderTree } from "@/components/dataroom/folder-tree";
import { RefreshWhileProcessing } from "@/components/dataroom/refresh-while-processing";
import { SearchBox } from "@/components/dataroom/search-box";
import { SearchResults } from "@/components/dataroom/search-results";
import { UploadDropzone } from "@/components/dataroom/upload-dropzone";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { hasPermission } from "@/lib/auth/permissions";
import { visibleClassifications } from "@/lib/dataroom/access-rules";
import { getUploadLimit } from "@/lib/dataroom/get-upload-limit";
import { listDocuments } from "@/lib/dataroom/list-documents";
import { folderPath, listFolderTree } from "@/lib/dataroom/list-folder-tree";
import { searchDocuments } from "@/lib/dataroom/search-documents";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";

type PageProps = { params: Promise<{ projectId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function ProjectDataRoomPage({ params, searchParams }: PageProps) {
  const tenant = await requireTenantPage();
  if (tenant.org.type !== "ALLY" || !hasPermission(tenant.role, "dataroom.read")) notFound();
  const { projectId } = await params;
  const search = await searchParams;
  const project = await orNotFound(getProjectOrThrow(tenant, projectId));
  const folderId = first(search.folder) || null;
  const query = first(search.q).trim();

  const tree = await listFolderTree(tenant, project.id);
  const path = folderId ? folderPath(tree, folderId) : [];
  if (folderId && !path.length) notFound();
  const [documents, hits, { limit }] = await Promise.all([
    listDocuments(tenant, project.id, folderId),
    query ? searchDocuments(tenant, query, { projectId: project.id }) : Promise.resolve(null),
    getUploadLimit(tenant),
  ]);
  const canWrite = hasPermission(tenant.role, "dataroom.write");
  const base = `/dataroom/${project.id}`;

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Data room", href: "/dataroom" },
          { label: project.name, href: base },
          ...path.map((f) => ({ label: f.name, href: `${base}?folder=${f.id}` })),
        ]}
        title={path.at(-1)?.name ?? project.name}
        description={path.length ? `In the ${project.name} data room.` : "Project documents for due diligence. Every view and download is logged."}
        actions={
          hasPermission(tenant.role, "audit.read") ? (
            <Button asChild variant="outline"><Link href={`${base}/access-log`}><ScrollText aria-hidden /> Access log</Link></Button>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <aside className="min-w-0 rounded-lg border border-border bg-surface p-3 lg:self-start">
          <FolderTree projectId={project.id} tree={tree} selectedId={folderId} ancestorIds={path.map((f) => f.id)} canWrite={canWrite} />
        </aside>
        <section className="grid min-w-0 content-start gap-4" aria-label="Documents">
          <SearchBox projectId={project.id} folderId={folderId} query={query} />
          {hits ? (
            <div className="grid gap-3">
              <p className="text-sm text-muted-foreground" role="status">
                {hits.length === 1 ? "1 document matches" : `${hits.length} documents match`} “{query}” across this project. <Link href={folderId ? `${base}?folder=${folderId}` : base} className="font-medium text-primary hover:underline">Clear search</Link>
              </p>
              <SearchResults query={query} hits={hits} projectId={project.id} />
            </div>
          ) : (
            <>
              {canWrite ? <UploadDropzone projectId={project.id} folderId={folderId} limitBytes={limit} classifications={visibleClassifications(tenant.role)} /> : null}
              {documents.length ? (
                <div className="rounded-lg border border-border bg-surface">
                  <DocumentTable documents={documents} canWrite={canWrite} limitBytes={limit} projectId={project.id} />
                </div>
              ) : (
                <EmptyState icon={FileStack} size="sm" title="No documents here yet" description={canWrite ? "Drop files above to upload them into this folder." : "Documents uploaded here will appear in this list."} />
              )}
              <RefreshWhileProcessing active={documents.some((d) => d.status === "UPLOADING" || d.status === "PROCESSING")} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
