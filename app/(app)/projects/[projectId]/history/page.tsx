import type { Metadata } from "next";
import { AuditLogView } from "@/components/audit/audit-log-view";
import { Alert } from "@/components/ui/alert";
import { listProjectHistory } from "@/lib/audit/list-project-history";
import { parseAuditQuery } from "@/lib/audit/schemas";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { projectsAccess } from "@/lib/projects/access";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";

export const metadata: Metadata = { title: "Project history" };

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The project's slice of the audit log. The layout around it (project header, tabs) is the project's. */
export default async function ProjectHistoryPage({ params, searchParams }: Props) {
  const tenant = await requireFeaturePage(projectsAccess.history);
  const { projectId } = await params;
  if (!hasAccess(tenant, projectsAccess.history)) {
    // Another org's id is still a 404, before anything is said about permissions.
    await orNotFound(getProjectOrThrow(tenant, projectId));
    return (
      <Alert variant="warning" title="The history is for managers and admins">
        It comes from the audit log, which your role ({tenant.role}) cannot read. The overview lists the latest changes.
      </Alert>
    );
  }
  const query = parseAuditQuery(await searchParams);
  const { project, page, filterOptions } = await orNotFound(listProjectHistory(tenant, projectId, query));
  return (
    <section aria-label={`History of ${project.name}`} className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        Everything recorded about this project: its milestones and budget, its data room, Signal Scores, badges and quests, including records since deleted.
      </p>
      <AuditLogView
        basePath={`/projects/${project.id}/history`}
        query={query}
        page={page}
        options={filterOptions}
        emptyDescription="Changes to this project, its milestones, budget and data room will appear here."
      />
    </section>
  );
}
