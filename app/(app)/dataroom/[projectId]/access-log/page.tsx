import { ScrollText } from "lucide-react";
import { notFound } from "next/navigation";
import { AccessLogFilters } from "@/components/dataroom/access-log-filters";
import { AccessLogTable } from "@/components/dataroom/access-log-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { hasPermission } from "@/lib/auth/permissions";
import { parseAccessLogQuery } from "@/lib/dataroom/access-log-query";
import { listAccessLogs, listAccessLogUsers } from "@/lib/dataroom/list-access-logs";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";

export const metadata = { title: "Data room access log" };

const SHOWN = 200;

type PageProps = { params: Promise<{ projectId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccessLogPage({ params, searchParams }: PageProps) {
  const tenant = await requireTenantPage();
  if (tenant.org.type !== "ALLY" || !hasPermission(tenant.role, "audit.read")) notFound();
  const { projectId } = await params;
  const project = await orNotFound(getProjectOrThrow(tenant, projectId));
  const query = parseAccessLogQuery(await searchParams);
  const [rows, users] = await Promise.all([listAccessLogs(tenant, project.id, query, SHOWN), listAccessLogUsers(tenant, project.id)]);
  const basePath = `/dataroom/${project.id}/access-log`;
  const filters = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string"));

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Data room", href: "/dataroom" }, { label: project.name, href: `/dataroom/${project.id}` }, { label: "Access log" }]}
        title="Access log"
        description="Every view and download of this project's documents, with who, when and from where."
      />
      <div className="flex min-w-0 flex-col gap-4">
        <AccessLogFilters basePath={basePath} csvHref={`/api/dataroom/projects/${project.id}/access-log?${filters}`} query={query} users={users} />
        {rows.length ? (
          <div className="min-w-0 rounded-lg border border-border bg-surface">
            <AccessLogTable rows={rows} />
            {rows.length === SHOWN ? <p className="border-t border-border px-4 py-2 text-xs text-muted-foreground">Showing the latest {SHOWN}. Narrow the filters or export CSV for the full log.</p> : null}
          </div>
        ) : (
          <EmptyState icon={ScrollText} title="No access recorded" description="Nothing matches these filters yet. Views and downloads appear here as they happen." size="sm" />
        )}
      </div>
    </>
  );
}
