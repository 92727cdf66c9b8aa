import { type AccessSubject, hasAccess } from "@/lib/access/check-access";
import { hasPermission } from "@/lib/auth/permissions";
import type { Project } from "@/lib/db/generated/client";
import { projectsAccess } from "./access";
import { readinessOf, type PublishReadiness } from "./get-publish-readiness";
import { PROJECT_TRANSITIONS } from "./project-transitions";
import type { ProjectStatus } from "./schemas";

/** A status change the role may make from the current status (PROJECT_TRANSITIONS, filtered). */
export type OfferedTransition = { to: ProjectStatus; label: string; confirm?: { title: string; description: string } };

export type ProjectPermissions = {
  canEdit: boolean;
  canPublish: boolean;
  transitions: OfferedTransition[];
  /** Only for an ACTIVE, unpublished project and a role that may publish it. */
  readiness: Pick<PublishReadiness, "ready" | "items"> | null;
};

/**
 * What the project's header offers this role. The UI hides the rest; the server refuses it
 * regardless. A read-only org (past due) is offered no change at all.
 */
export async function getProjectPermissions(tenant: AccessSubject, project: Project): Promise<ProjectPermissions> {
  const writable = hasAccess(tenant, projectsAccess.write);
  const transitions = Object.entries(PROJECT_TRANSITIONS[project.status])
    .filter(([, transition]) => writable && hasPermission(tenant.role, transition.permission))
    .map(([to, transition]) => ({ to: to as ProjectStatus, label: transition.label, confirm: transition.confirm }));
  const canPublish = hasAccess(tenant, projectsAccess.publish);
  const readiness = canPublish && project.status === "ACTIVE" && !project.isPublished ? await readinessOf(project) : null;
  return {
    canEdit: writable,
    canPublish,
    transitions,
    readiness: readiness ? { ready: readiness.ready, items: readiness.items } : null,
  };
}
