import { LoaderCircle, SearchX } from "lucide-react";
import type { Metadata } from "next";
import { MandateControls } from "@/components/matching/mandates/mandate-controls";
import { MandateMatchCard } from "@/components/matching/mandates/mandate-match-card";
import { MandateStatusBadge } from "@/components/matching/mandates/mandate-status-badge";
import { MandateSummary } from "@/components/matching/mandates/mandate-summary";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { hasAccess } from "@/lib/access/check-access";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { matchingAccess } from "@/lib/matching/access";
import { listMandateMatches } from "@/lib/matching/mandates/list-mandate-matches";
import { MANDATE_MATCHES_PAGE_SIZE } from "@/lib/matching/mandates/mandate-options";

export const metadata: Metadata = { title: "Mandate" };

type Props = { params: Promise<{ mandateId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MandatePage({ params, searchParams }: Props) {
  const tenant = await requirePageAccess(matchingAccess.readMandates);
  const [{ mandateId }, { page: pageParam }] = await Promise.all([params, searchParams]);
  const { mandate, rows, total, page, pageCount, updating } = await orNotFound(listMandateMatches(tenant, mandateId, { page: Number(pageParam) || 1 }));
  const canWrite = hasAccess(tenant, matchingAccess.writeMandates);
  const first = (page - 1) * MANDATE_MATCHES_PAGE_SIZE;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Mandates", href: "/mandates" }, { label: mandate.name }]}
        title={
          <span className="flex flex-wrap items-center gap-3">
            {mandate.name} <MandateStatusBadge isActive={mandate.isActive} />
          </span>
        }
        actions={canWrite ? <MandateControls mandateId={mandate.id} name={mandate.name} isActive={mandate.isActive} matchCount={total} /> : null}
      />
      <div className="grid gap-8">
        <MandateSummary mandate={mandate} />
        <section aria-labelledby="matches-heading" className="grid gap-4">
          <div className="grid gap-1">
            <h2 id="matches-heading" className="text-lg font-semibold tracking-tight">
              Matches {total > 0 ? <span className="font-normal text-muted-foreground tabular-nums">({total.toLocaleString("en")})</span> : null}
            </h2>
            <p className="text-sm text-muted-foreground">Best first. Open a breakdown to see what each dimension contributed; your thumbs tell the team what fits.</p>
          </div>
          {!mandate.isActive ? (
            <Alert variant="info" title="This mandate is paused">
              No new projects are matched against it{canWrite ? " until you resume it" : ""}; suggestions nobody acted on were withdrawn.
            </Alert>
          ) : null}
          {rows.length === 0 ? (
            updating ? (
              <div role="status" className="flex items-center gap-2 rounded-lg border border-dashed border-border bg-surface px-4 py-6 text-sm text-muted-foreground">
                <LoaderCircle aria-hidden className="size-4 animate-spin" /> Matching is updating… Published projects are being scored against this mandate; reload in a
                moment.
              </div>
            ) : (
              <EmptyState
                icon={SearchX}
                size="sm"
                title="No matches"
                description={
                  mandate.isActive
                    ? "No published project scores high enough against this mandate yet. Widening its geographies, technologies or ticket range finds more."
                    : "A paused mandate is not matched."
                }
              />
            )
          ) : (
            <ol className="grid gap-4">
              {rows.map((match, index) => (
                <li key={match.id}>
                  <MandateMatchCard match={match} rank={first + index + 1} canRate={canWrite} />
                </li>
              ))}
            </ol>
          )}
          {pageCount > 1 ? (
            <PageLinks
              page={page}
              pageCount={pageCount}
              hrefFor={(target) => `/mandates/${mandate.id}?page=${target}`}
              label="Match pages"
              shown={{ first: first + 1, last: first + rows.length, total }}
            />
          ) : null}
        </section>
      </div>
    </>
  );
}
