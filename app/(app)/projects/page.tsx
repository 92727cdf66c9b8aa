import { Plus } from "lucide-react";
import Link from "next/link";
import { Suspense } from "react";
import { countryName } from "@/components/projects/list/country-name";
import { ProjectsTableSkeleton } from "@/components/projects/list/projects-table-skeleton";
import { NoProjectsYet, ProjectsResults } from "@/components/projects/list/projects-results";
import { ProjectsToolbar } from "@/components/projects/list/projects-toolbar";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { hasAccess } from "@/lib/access/check-access";
import { projectsAccess } from "@/lib/projects/access";
import { listProjectCountries } from "@/lib/projects/list-project-countries";
import { parseListProjectsQuery, toProjectsSearch } from "@/lib/projects/list-projects-query";

export const metadata = { title: "Projects" };

type ProjectsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The header and filters render at once; the rows stream in behind a skeleton. The skeleton is a
 * Suspense boundary here rather than a loading.tsx, which would also wrap /projects/[id] and turn
 * its 404s into streamed 200s.
 */
export default async function ProjectsPage({ searchParams }: ProjectsPageProps) {
  const tenant = await requireFeaturePage(projectsAccess.read);
  const query = parseListProjectsQuery(await searchParams);
  const countries = await listProjectCountries(tenant);
  const total = countries.reduce((sum, country) => sum + country.projects, 0);
  const countryOptions = countries.map(({ code }) => ({ value: code, label: countryName(code) })).sort((a, b) => a.label.localeCompare(b.label, "en"));
  const newProjectButton = hasAccess(tenant, projectsAccess.write) ? (
    <Button asChild>
      <Link href="/projects/new">
        <Plus aria-hidden /> New project
      </Link>
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title="Projects" description={`${total.toLocaleString("en")} project${total === 1 ? "" : "s"} in ${tenant.org.name}`} actions={newProjectButton} />
      {total === 0 ? (
        <NoProjectsYet action={newProjectButton} />
      ) : (
        <>
          <ProjectsToolbar query={query} countries={countryOptions} />
          <Suspense key={toProjectsSearch(query)} fallback={<ProjectsTableSkeleton rows={Math.min(query.size, 10)} />}>
            <ProjectsResults tenant={tenant} query={query} newProjectButton={newProjectButton} />
          </Suspense>
        </>
      )}
    </>
  );
}
