import { CreateProjectForm } from "@/components/projects/create-project-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { hasAccess } from "@/lib/access/check-access";
import { projectsAccess } from "@/lib/projects/access";
import { getProjectFormOptions } from "@/lib/projects/project-form-options";

export const metadata = { title: "New project" };

export default async function NewProjectPage() {
  const tenant = await requireFeaturePage(projectsAccess.read);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Projects", href: "/projects" }, { label: "New project" }]}
        title="New project"
        description="It starts as a draft, visible only to your organisation. Add milestones and a budget next, then publish it to investors."
      />
      {hasAccess(tenant, projectsAccess.write) ? (
        <CreateProjectForm options={getProjectFormOptions()} />
      ) : (
        <Alert variant="warning" title="You can't create projects">
          Your role ({tenant.role}) can view projects but not change them. Ask an admin of {tenant.org.name} for analyst access.
        </Alert>
      )}
    </>
  );
}
