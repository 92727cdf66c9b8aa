import { EditProjectForm } from "@/components/projects/form/edit-project-form";
import { toProjectFormValues } from "@/components/projects/form/project-form-values";
import { Alert } from "@/components/ui/alert";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { hasAccess } from "@/lib/access/check-access";
import { projectsAccess } from "@/lib/projects/access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { getProjectFormOptions } from "@/lib/projects/project-form-options";
import { toProjectDto } from "@/lib/projects/to-project-dto";

export const metadata = { title: "Edit project" };

export default async function EditProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const tenant = await requireFeaturePage(projectsAccess.read);
  const { projectId } = await params;
  const project = toProjectDto(await orNotFound(getProjectOrThrow(tenant, projectId)));

  if (!hasAccess(tenant, projectsAccess.write)) {
    return (
      <Alert variant="warning" title="You can't edit this project">
        Your role ({tenant.role}) can view projects but not change them. Ask an admin of {tenant.org.name} for analyst access.
      </Alert>
    );
  }
  return (
    <EditProjectForm
      // A fresh form whenever the project changes underneath (after a reload, say), never stale inputs.
      key={project.updatedAt}
      projectId={project.id}
      loadedUpdatedAt={project.updatedAt}
      values={toProjectFormValues(project)}
      options={getProjectFormOptions()}
    />
  );
}
