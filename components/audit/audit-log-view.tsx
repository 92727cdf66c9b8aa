import { History, SearchX } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { AuditQuery } from "@/lib/audit/schemas";
import type { AuditFilterOptions, AuditPage } from "@/lib/audit/types";
import { AuditFilters } from "./audit-filters";
import { auditHref, hasAuditFilters } from "./audit-href";
import { AuditLogTable } from "./audit-log-table";
import { AuditPagination } from "./audit-pagination";

type Props = { basePath: string; query: AuditQuery; page: AuditPage; options: AuditFilterOptions; emptyDescription: string };

/** Filters, the table and paging: the org's audit log and a project's history are both this. */
export function AuditLogView({ basePath, query, page, options, emptyDescription }: Props) {
  const filtered = hasAuditFilters(query);
  return (
    <div className="grid gap-4">
      {page.total > 0 || filtered ? <AuditFilters basePath={basePath} query={query} options={options} /> : null}
      {page.rows.length > 0 ? (
        <AuditLogTable entries={page.entries} />
      ) : page.total > 0 ? (
        <EmptyState
          icon={SearchX}
          title="This page is past the end"
          description={`There are ${page.total} matching entries, on ${page.pageCount} page${page.pageCount === 1 ? "" : "s"}.`}
          action={
            <Button variant="outline" asChild>
              <Link href={auditHref(basePath, query, { page: 1 })}>Go to the first page</Link>
            </Button>
          }
        />
      ) : filtered ? (
        <EmptyState
          icon={SearchX}
          title="No entries match these filters"
          description="Try a wider date range or another person or action."
          action={
            <Button variant="outline" asChild>
              <Link href={auditHref(basePath, { pageSize: query.pageSize })}>Clear filters</Link>
            </Button>
          }
        />
      ) : (
        <EmptyState icon={History} title="Nothing recorded yet" description={emptyDescription} />
      )}
      {page.total > 0 ? (
        <AuditPagination
          basePath={basePath}
          query={query}
          page={page.page}
          pageSize={page.pageSize}
          pageCount={page.pageCount}
          total={page.total}
          shown={page.rows.length}
        />
      ) : null}
    </div>
  );
}
