import { FolderKanban, SearchX, X } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { listProjects } from "@/lib/projects/list-projects";
import { type ListProjectsQuery, hasProjectFilters, toProjectsSearch } from "@/lib/projects/list-projects-query";
import { countryName } from "./country-name";
import { ProjectsTable } from "./projects-table";

type ProjectsResultsProps = { tenant: Pick<TenantContext, "org">; query: ListProjectsQuery; newProjectButton: ReactNode };

/** Reads one page on the server (inside the page's Suspense boundary) and renders it. */
export async function ProjectsResults({ tenant, query, newProjectButton }: ProjectsResultsProps) {
  const page = await listProjects(tenant, query);
  if (page.total === 0 && !hasProjectFilters(query)) return <NoProjectsYet action={newProjectButton} />;
  if (page.total === 0) {
    const unfiltered = toProjectsSearch({ ...query, q: "", status: [], stage: [], type: [], country: [], page: 1 });
    return (
      <EmptyState
        icon={SearchX}
        title="No projects match these filters"
        description="Try another search term, or remove a filter to see more projects."
        action={
          <Button variant="outline" asChild>
            <Link href={unfiltered ? `/projects?${unfiltered}` : "/projects"}>
              <X aria-hidden /> Clear filters
            </Link>
          </Button>
        }
      />
    );
  }
  const rows = page.rows.map((row) => ({ ...row, countryName: countryName(row.geographyCountry) }));
  return <ProjectsTable rows={rows} total={page.total} query={page.query} />;
}

export function NoProjectsYet({ action }: { action: ReactNode }) {
  return (
    <EmptyState
      icon={FolderKanban}
      title="No projects yet"
      description={action ? "Create your first project to start raising capital." : "Projects your organisation creates will be listed here."}
      action={action}
    />
  );
}
