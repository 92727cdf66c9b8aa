import type { Metadata } from "next";
import { Suspense } from "react";
import { JobRunsSkeleton } from "@/components/jobs/job-runs-skeleton";
import { JobRunsTable } from "@/components/jobs/job-runs-table";
import { RefreshWhileActive } from "@/components/jobs/refresh-while-active";
import { WorkerPanel } from "@/components/jobs/worker-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { jobsAccess } from "@/lib/jobs/access";
import { parseJobRunsQuery, type JobRunsQuery } from "@/lib/jobs/operations/schemas";
import { unsafeGetWorkerHealth } from "@/lib/jobs/operations/unsafe-get-worker-health";
import { unsafeListPlatformJobRuns } from "@/lib/jobs/operations/unsafe-list-platform-job-runs";

export const metadata: Metadata = { title: "Jobs across organisations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The header renders at once and the rest streams in behind a skeleton. A Suspense boundary here
 * rather than a loading.tsx, which would turn the 404 others get into a streamed 200.
 */
export default async function PlatformJobsPage({ searchParams }: Props) {
  await requirePageAccess(jobsAccess.platform);
  const query = parseJobRunsQuery(await searchParams);
  return (
    <>
      <PageHeader title="Jobs" description="Background work across every organisation, and the workers that run it." />
      <Suspense fallback={<PlatformJobsSkeleton />}>
        <PlatformJobs query={query} />
      </Suspense>
    </>
  );
}

async function PlatformJobs({ query }: { query: JobRunsQuery }) {
  const now = new Date();
  const [health, page] = await Promise.all([unsafeGetWorkerHealth(now), unsafeListPlatformJobRuns(query, now)]);
  const { backlog } = health;
  const busy = page.activeCount > 0 || backlog.undispatchedEvents > 0;
  return (
    <div className="grid gap-6">
      <RefreshWhileActive active={busy} platform />
      <WorkerPanel health={health} />
      <section aria-labelledby="runs-heading" className="grid gap-3">
        <h2 id="runs-heading" className="text-base font-semibold">
          Recent jobs
        </h2>
        <JobRunsTable
          page={page}
          query={query}
          showOrg
          caption="Background jobs of every organisation, newest first"
          emptyTitle="No jobs have run yet."
          emptyDescription="Jobs appear here as organisations upload documents, request scores and change their projects."
        />
      </section>
    </div>
  );
}

function PlatformJobsSkeleton() {
  return (
    <div role="status" aria-live="polite" className="grid gap-6">
      <span className="sr-only">Loading jobs…</span>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-5">
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} className="h-28 rounded-lg" />
        ))}
      </div>
      <Skeleton className="h-40 rounded-lg" />
      <JobRunsSkeleton />
    </div>
  );
}
