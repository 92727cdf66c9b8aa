import { FolderLock, FolderKanban } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/components/dataroom/format-date-time";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { hasPermission } from "@/lib/auth/permissions";
import { listDataRoomProjects } from "@/lib/dataroom/list-dataroom-projects";

export const metadata = { title: "Data room" };

/** Each project has its own data room: pick one. */
export default async function DataRoomPage() {
  const tenant = await requireTenantPage();
  if (tenant.org.type !== "ALLY" || !hasPermission(tenant.role, "dataroom.read")) notFound();
  const projects = await listDataRoomProjects(tenant);

  return (
    <>
      <PageHeader title="Data room" description="Due-diligence documents per project: foldered, versioned, searchable, and logged on every view and download." />
      {projects.length === 0 ? (
        <EmptyState
          icon={FolderKanban}
          title="No projects yet"
          description="A data room belongs to a project. Create a project to start collecting its documents."
          action={hasPermission(tenant.role, "projects.write") ? <Button asChild><Link href="/projects/new">New project</Link></Button> : null}
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {projects.map((p) => (
            <li key={p.id}>
              <Link href={`/dataroom/${p.id}`} className="flex h-full items-start gap-3 rounded-lg border border-border bg-surface p-4 shadow-sm transition-colors hover:border-brand-300 hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring">
                <span className="flex size-10 shrink-0 items-center justify-center rounded-md bg-brand-50 text-brand-600"><FolderLock aria-hidden className="size-5" /></span>
                <span className="grid min-w-0 gap-0.5">
                  <span className="truncate font-medium">{p.name}</span>
                  <span className="text-sm text-muted-foreground">{p.documents === 1 ? "1 document" : `${p.documents} documents`}</span>
                  <span className="text-xs text-muted-foreground">{p.lastUploadAt ? `Last upload ${formatDateTime(p.lastUploadAt)}` : "Nothing uploaded yet"}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
