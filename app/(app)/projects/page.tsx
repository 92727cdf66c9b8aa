import { FolderKanban, Plus } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProjectStatusBadge } from "@/components/projects/project-status-badge";
import { projectTypeLabel } from "@/components/dashboard/project-type-label";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { hasPermission } from "@/lib/auth/permissions";
import { listProjects } from "@/lib/projects/list-projects";
import { formatMoney } from "@/lib/utils/format-money";

export const metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const tenant = await requireTenantPage();
  if (tenant.org.type !== "ALLY") notFound();
  const { rows, total } = await listProjects(tenant, { pageSize: 100 });
  const canCreate = hasPermission(tenant.role, "projects.write");
  const newButton = canCreate ? (
    <Button asChild>
      <Link href="/projects/new">
        <Plus aria-hidden /> New project
      </Link>
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title="Projects" description={`${total} project${total === 1 ? "" : "s"} in ${tenant.org.name}`} actions={newButton} />
      {rows.length === 0 ? (
        <EmptyState icon={FolderKanban} title="No projects yet" description="Create your first project to start raising capital." action={newButton} />
      ) : (
        <Card className="overflow-hidden p-0">
          <Table>
            <THead>
              <TR>
                <TH>Name</TH>
                <TH>Technology</TH>
                <TH>Status</TH>
                <TH>Country</TH>
                <TH className="text-right">Investment sought</TH>
              </TR>
            </THead>
            <TBody>
              {rows.map((project) => (
                <TR key={project.id}>
                  <TD>
                    <Link href={`/projects/${project.id}`} className="font-medium text-foreground hover:underline">
                      {project.name}
                    </Link>
                  </TD>
                  <TD>{projectTypeLabel(project.projectType)}</TD>
                  <TD>
                    <ProjectStatusBadge status={project.status} />
                  </TD>
                  <TD>{project.geographyCountry}</TD>
                  <TD className="text-right tabular-nums">{formatMoney(project.totalInvestmentRequired, project.currency)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </Card>
      )}
    </>
  );
}
