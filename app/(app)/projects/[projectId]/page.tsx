import { notFound } from "next/navigation";
import { ProjectStatusBadge } from "@/components/projects/project-status-badge";
import { projectTypeLabel } from "@/components/dashboard/project-type-label";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getProjectOverview } from "@/lib/projects/get-project-overview";
import { formatMoney } from "@/lib/utils/format-money";

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const tenant = await requireTenantPage();
  if (tenant.org.type !== "ALLY") notFound();
  const { projectId } = await params;
  const { project, milestones, budget } = await orNotFound(getProjectOverview(tenant, projectId));

  const facts: [string, string][] = [
    ["Technology", projectTypeLabel(project.projectType)],
    ["Stage", project.stage.charAt(0) + project.stage.slice(1).toLowerCase()],
    ["Location", `${project.geographyRegion}, ${project.geographyCountry}`],
    ["Capacity", project.capacityMw ? `${Number(project.capacityMw).toLocaleString("en")} MW` : "Not set"],
    ["Investment sought", formatMoney(project.totalInvestmentRequired, project.currency)],
    ["Target close", project.targetCloseDate ?? "Not set"],
  ];

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Projects", href: "/projects" }, { label: project.name }]}
        title={
          <span className="flex flex-wrap items-center gap-3">
            {project.name} <ProjectStatusBadge status={project.status} />
            {project.isPublished ? <Badge variant="info">On marketplace</Badge> : null}
          </span>
        }
        description={project.description}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle>Key facts</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-3 text-sm">
              {facts.map(([label, value]) => (
                <div key={label} className="flex justify-between gap-4">
                  <dt className="text-muted-foreground">{label}</dt>
                  <dd className="text-right font-medium">{value}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Milestones</CardTitle>
          </CardHeader>
          <CardContent>
            {milestones.length === 0 ? (
              <p className="text-sm text-muted-foreground">No milestones yet.</p>
            ) : (
              <ol className="grid gap-3 text-sm">
                {milestones.map((m) => (
                  <li key={m.id} className="flex items-start justify-between gap-3">
                    <span>
                      <span className="font-medium">{m.name}</span>
                      <span className="block text-muted-foreground">Target {m.targetDate}</span>
                    </span>
                    <Badge variant={m.status === "COMPLETED" ? "success" : m.status === "DELAYED" ? "danger" : "muted"}>
                      {m.status.replace("_", " ").toLowerCase()}
                    </Badge>
                  </li>
                ))}
              </ol>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Budget</CardTitle>
          </CardHeader>
          <CardContent>
            {budget.length === 0 ? (
              <p className="text-sm text-muted-foreground">No budget lines yet.</p>
            ) : (
              <ul className="grid gap-3 text-sm">
                {budget.map((b) => (
                  <li key={b.id} className="flex justify-between gap-3">
                    <span>
                      <span className="font-medium">{b.category}</span>
                      <span className="block text-muted-foreground">{b.description}</span>
                    </span>
                    <span className="text-right tabular-nums">{formatMoney(b.estimatedAmount, b.currency, { compact: true })}</span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
