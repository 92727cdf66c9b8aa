"use client";

import { Globe } from "lucide-react";
import { useState } from "react";
import { PastTargetCloseBadge } from "@/components/projects/list/past-target-close-badge";
import { ProjectStatusBadge } from "@/components/projects/project-status-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { ProjectActions } from "./project-actions";
import type { HeaderPermissions, HeaderProject } from "./types";

const publishedOn = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Name, state and the actions the role may take; errors of those actions show right under it. */
export function ProjectHeader({ project, permissions }: { project: HeaderProject; permissions: HeaderPermissions }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        className="pb-5"
        breadcrumbs={[{ label: "Projects", href: "/projects" }, { label: project.name }]}
        title={
          <span className="flex items-center gap-4">
            {project.coverImageUrl ? (
              // Served by the org-checked cover route; next/image would fetch it again without the session.
              <img src={project.coverImageUrl} alt="" className="size-14 shrink-0 rounded-lg object-cover ring-1 ring-border" />
            ) : null}
            <span className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1.5">
              <span className="break-words">{project.name}</span>
              <span className="flex items-center gap-2">
                <ProjectStatusBadge status={project.status} />
                {project.isPublished ? (
                  <Badge variant="info" title={project.publishedAt ? `First published ${publishedOn(project.publishedAt)}` : undefined}>
                    <Globe aria-hidden /> On marketplace
                  </Badge>
                ) : null}
                {project.pastTargetClose ? <PastTargetCloseBadge date={project.pastTargetClose} withDate /> : null}
              </span>
            </span>
          </span>
        }
        description={project.summary}
        actions={<ProjectActions project={project} permissions={permissions} onError={setError} />}
      />
      {error ? (
        <Alert variant="danger" title="That change was not made" className="mb-5">
          {error}
        </Alert>
      ) : null}
    </>
  );
}
