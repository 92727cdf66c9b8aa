import type { Metadata } from "next";
import { JobRunsTable } from "@/components/jobs/job-runs-table";
import { RefreshWhileActive } from "@/components/jobs/refresh-while-active";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { jobsAccess } from "@/lib/jobs/access";
import { listOrgJobRuns } from "@/lib/jobs/operations/list-org-job-runs";
import { parseJobRunsQuery } from "@/lib/jobs/operations/schemas";

export const metadata: Metadata = { title: "Jobs" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const breadcrumbs = [{ label: "Settings", href: "/settings" }, { label: "Jobs" }];

export default async function SettingsJobsPage({ searchParams }: Props) {
  const tenant = await requireFeaturePage(jobsAccess.org);
  if (!hasAccess(tenant, jobsAccess.org)) {
    return (
      <>
        <PageHeader title="Jobs" breadcrumbs={breadcrumbs} />
        <Alert variant="warning" title="Jobs are for admins">
          Your role ({tenant.role}) cannot see or retry {tenant.org.name}&apos;s background jobs. Ask an admin if a document or score seems stuck.
        </Alert>
      </>
    );
  }
  const query = parseJobRunsQuery(await searchParams);
  const page = await listOrgJobRuns(tenant, query);
  return (
    <>
      <PageHeader
        title="Jobs"
        breadcrumbs={breadcrumbs}
        description={`The background work done for ${tenant.org.name}: text extraction, redactions, Signal Scores and more. A failed job can be retried; every retry is recorded in the audit log.`}
      />
      <div className="grid gap-4">
        <RefreshWhileActive active={page.activeCount > 0} />
        <JobRunsTable
          page={page}
          query={query}
          canRetry
          caption={`Background jobs of ${tenant.org.name}, newest first`}
          emptyTitle="No jobs have run for your organisation yet."
          emptyDescription="Uploading a document or running a Signal Score starts one; it will be listed here with its progress."
        />
      </div>
    </>
  );
}
