import { Plus, Target } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { MandatesTable } from "@/components/matching/mandates/mandates-table";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { matchingAccess } from "@/lib/matching/access";
import { listMandates } from "@/lib/matching/mandates/list-mandates";
import { MANDATES_PAGE_SIZE } from "@/lib/matching/mandates/mandate-options";

export const metadata: Metadata = { title: "Mandates" };

const DESCRIPTION = "What you invest in, where and at what ticket size. Every published project is scored against each active mandate, with the reasons.";

export default async function MandatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const tenant = await requireFeaturePage(matchingAccess.readMandates);
  if (!hasAccess(tenant, matchingAccess.readMandates)) {
    return (
      <>
        <PageHeader title="Mandates" />
        <Alert variant="warning" title="You can't see mandates">
          Ask an admin of {tenant.org.name} for access.
        </Alert>
      </>
    );
  }
  const { page: pageParam } = await searchParams;
  const { rows, total, page, pageCount } = await listMandates(tenant, { page: Number(pageParam) || 1 });
  const canWrite = hasAccess(tenant, matchingAccess.writeMandates);
  const newButton = canWrite ? (
    <Button asChild>
      <Link href="/mandates/new">
        <Plus aria-hidden /> New mandate
      </Link>
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title="Mandates" description={DESCRIPTION} actions={total > 0 ? newButton : null} />
      {total === 0 ? (
        <EmptyState
          icon={Target}
          title="No mandates yet"
          description={
            <>
              A mandate says which technologies, countries, stages and ticket sizes you invest in. Published projects are then scored against it, 0 to 100, with each
              dimension explained, and the good fits arrive as matches in your inbox.
              {canWrite ? null : <span className="mt-2 block">Your role ({tenant.role}) can read mandates; an analyst or above creates them.</span>}
            </>
          }
          action={newButton}
        />
      ) : (
        <MandatesTable
          mandates={rows}
          footer={
            pageCount > 1 ? (
              <PageLinks
                className="flex flex-wrap items-center justify-between gap-3 border-t border-border px-4 py-3 text-sm text-muted-foreground"
                page={page}
                pageCount={pageCount}
                hrefFor={(target) => `/mandates?page=${target}`}
                label="Mandate pages"
                shown={{ first: (page - 1) * MANDATES_PAGE_SIZE + 1, last: (page - 1) * MANDATES_PAGE_SIZE + rows.length, total }}
              />
            ) : null
          }
        />
      )}
    </>
  );
}
