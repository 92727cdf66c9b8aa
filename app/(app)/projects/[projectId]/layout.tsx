import type { ReactNode } from "react";
import { AssistantContext } from "@/components/assistant/assistant-context";
import { ProjectHeader } from "@/components/projects/project-header/project-header";
import { ProjectTabs } from "@/components/projects/project-header/project-tabs";
import { toHeaderProject } from "@/components/projects/project-header/to-header-project";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { getProjectPermissions } from "@/lib/projects/get-project-permissions";
import { toProjectDto } from "@/lib/projects/to-project-dto";
import { projectsAccess } from "@/lib/projects/access";
import { signalScoreAccess } from "@/lib/signal-score/access";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";

/**
 * The frame of every project page: header, lifecycle actions and tabs. The project is loaded
 * (and another org's id turned into a 404) before anything renders; no loading.tsx sits at or
 * above this level, so nothing streams before the status code is decided.
 */
export default async function ProjectLayout({ children, params }: { children: ReactNode; params: Promise<{ projectId: string }> }) {
  const tenant = await requireFeaturePage(projectsAccess.read);
  const { projectId } = await params;
  const project = await orNotFound(getProjectOrThrow(tenant, projectId));
  const permissions = await getProjectPermissions(tenant, project);
  return (
    <>
      <AssistantContext type="PROJECT" entityId={project.id} label={project.name} />
      <ProjectHeader project={toHeaderProject(toProjectDto(project))} permissions={permissions} />
      <ProjectTabs
        projectId={project.id}
        hidden={[...(hasAccess(tenant, signalScoreAccess.read) ? [] : ["/signal-score"]), ...(hasAccess(tenant, dealRoomsAccess.manageRead) ? [] : ["/deal-rooms"])]}
      />
      <div className="pt-6">{children}</div>
    </>
  );
}
