import type { Metadata } from "next";
import { AuditLogView } from "@/components/audit/audit-log-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { listAuditFilterOptions } from "@/lib/audit/list-audit-filter-options";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import { parseAuditQuery } from "@/lib/audit/schemas";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { auditAccess } from "@/lib/audit/access";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const tenant = await requireFeaturePage(auditAccess.read);
  if (!hasAccess(tenant, auditAccess.read)) {
    return (
      <>
        <PageHeader title="Audit log" />
        <Alert variant="warning" title="The audit log is for managers and admins">
          Your role ({tenant.role}) cannot read {tenant.org.name}&apos;s audit log. Ask an admin if you need to know who changed something.
        </Alert>
      </>
    );
  }
  const query = parseAuditQuery(await searchParams);
  const [page, options] = await Promise.all([listAuditLogs(tenant, query), listAuditFilterOptions(tenant)]);
  return (
    <>
      <PageHeader
        title="Audit log"
        description={`Every change made in ${tenant.org.name}: who made it, when, from where, and what it changed. Entries cannot be edited or deleted.`}
      />
      <AuditLogView
        basePath="/audit"
        query={query}
        page={page}
        options={options}
        emptyDescription="Changes to projects, milestones, budgets, the team and settings will be listed here as they happen."
      />
    </>
  );
}
