import { ChevronLeft, ChevronRight, History, SearchX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PlatformAuditFilters } from "@/components/admin/platform-audit-filters";
import { PlatformAuditTable } from "@/components/admin/platform-audit-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { adminAccess } from "@/lib/admin/access";
import { hasPlatformAuditFilters, parsePlatformAuditQuery, type PlatformAuditQuery, toPlatformAuditSearch } from "@/lib/admin/schemas";
import { unsafeListPlatformAudit, unsafeListPlatformAuditOptions } from "@/lib/admin/unsafe-list-platform-audit";

export const metadata: Metadata = { title: "Platform audit" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const href = (query: PlatformAuditQuery, patch: Partial<PlatformAuditQuery>) => {
  const search = toPlatformAuditSearch({ ...query, ...patch });
  return search ? `/admin/audit?${search}` : "/admin/audit";
};

export default async function PlatformAuditPage({ searchParams }: Props) {
  await requirePageAccess(adminAccess.console);
  const query = parsePlatformAuditQuery(await searchParams);
  const [page, options] = await Promise.all([unsafeListPlatformAudit(query), unsafeListPlatformAuditOptions(query)]);
  const first = page.total === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Console", href: "/admin" }, { label: "Platform audit" }]}
        title="Platform audit"
        description="The audit log of every organisation, newest first. Documents are never named here, and what a document entry recorded stays with its organisation."
      />
      <div className="grid gap-4">
        <PlatformAuditFilters query={query} options={options} />
        {page.rows.length > 0 ? (
          <PlatformAuditTable rows={page.rows} />
        ) : page.total > 0 ? (
          <EmptyState
            icon={SearchX}
            title="This page is past the end"
            description={`There are ${page.total} matching entries, on ${page.pageCount} pages.`}
            action={
              <Button variant="outline" asChild>
                <Link href={href(query, { page: 1 })}>Go to the first page</Link>
              </Button>
            }
          />
        ) : (
          <EmptyState
            icon={hasPlatformAuditFilters(query) ? SearchX : History}
            title={hasPlatformAuditFilters(query) ? "No entries match these filters" : "Nothing recorded yet"}
            description={hasPlatformAuditFilters(query) ? "Try a wider date range, another organisation or less of the action." : "Entries appear as people work."}
          />
        )}
        {page.total > 0 ? (
          <nav aria-label="Audit pages" className="flex flex-wrap items-center justify-between gap-3 text-sm text-muted-foreground">
            <p>
              Showing{" "}
              <span className="font-medium text-foreground tabular-nums">
                {first.toLocaleString("en")}–{(first + page.rows.length - 1).toLocaleString("en")}
              </span>{" "}
              of <span className="font-medium text-foreground tabular-nums">{page.total.toLocaleString("en")}</span>
            </p>
            <div className="flex items-center gap-2">
              <span className="tabular-nums">
                Page {page.page.toLocaleString("en")} of {page.pageCount.toLocaleString("en")}
              </span>
              {page.page > 1 ? (
                <Button variant="outline" size="icon-sm" asChild>
                  <Link href={href(query, { page: page.page - 1 })} aria-label="Previous page" title="Previous page">
                    <ChevronLeft aria-hidden />
                  </Link>
                </Button>
              ) : null}
              {page.page < page.pageCount ? (
                <Button variant="outline" size="icon-sm" asChild>
                  <Link href={href(query, { page: page.page + 1 })} aria-label="Next page" title="Next page">
                    <ChevronRight aria-hidden />
                  </Link>
                </Button>
              ) : null}
            </div>
          </nav>
        ) : null}
      </div>
    </>
  );
}
