import { ScanSearch } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { RecommendationBadge } from "@/components/deal-screening/recommendation-badge";
import { formatScreenScore } from "@/components/deal-screening/format-screen-score";
import { CitedText } from "@/components/deal-screening/screen-citation-link";
import { ScreenClaimList } from "@/components/deal-screening/screen-claim-list";
import { ScreenDealButton } from "@/components/deal-screening/screen-deal-button";
import { ScreenDiff } from "@/components/deal-screening/screen-diff";
import { ScreenRunStatus } from "@/components/deal-screening/screen-run-status";
import { ScreenSources } from "@/components/deal-screening/screen-sources";
import { ScreenVersionHistory } from "@/components/deal-screening/screen-version-history";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { dealScreeningAccess } from "@/lib/deal-screening/access";
import { getDealScreenView } from "@/lib/deal-screening/get-deal-screen-view";
import { orNotFound } from "@/lib/errors/or-not-found";
import { investmentMemosAccess } from "@/lib/investment-memos/access";
import { covenantsAccess } from "@/lib/covenants/access";
import { covenantDraftHref } from "@/lib/covenants/covenant-draft-href";
import { findActiveHolding } from "@/lib/covenants/find-active-holding";
import { suggestCovenant } from "@/lib/covenants/suggest-covenant";

export const metadata: Metadata = { title: "Deal screening" };

export default async function DealScreeningPage({
  params,
  searchParams,
}: {
  params: Promise<{ entryId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const tenant = await requirePageAccess(dealScreeningAccess.read);
  const { entryId } = await params;
  const asked = Number((await searchParams).version);
  const view = await orNotFound(getDealScreenView(tenant, entryId, Number.isInteger(asked) && asked > 0 ? asked : undefined));
  const shown = view.shown;
  const holding = hasAccess(tenant, covenantsAccess.write) ? await findActiveHolding(tenant, view.entry.projectId) : null;
  const canRun = hasAccess(tenant, dealScreeningAccess.run);
  const button = canRun ? (
    <ScreenDealButton projectId={view.entry.projectId} running={Boolean(view.running)} label={view.versions.length ? "Re-screen" : "Screen this deal"} />
  ) : null;

  return (
    <>
      <PageHeader
        title={`Screening: ${view.entry.projectName}`}
        description="A first look at the deal from what the listing shares with you: its facts and its public documents. Every strength cites the page it rests on."
        breadcrumbs={[{ label: "Pipeline", href: "/pipeline" }, { label: view.entry.projectName, href: `/marketplace/${view.entry.projectId}` }, { label: "Screening" }]}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            {hasAccess(tenant, investmentMemosAccess.read) ? (
              <Button asChild variant="outline">
                <Link href={`/pipeline/${view.entry.id}/memo`}>Investment memos</Link>
              </Button>
            ) : null}
            {button}
          </div>
        }
      />
      <div className="grid min-w-0 gap-5">
        {view.running ? <ScreenRunStatus running={view.running} /> : null}
        {shown?.status === "FAILED" ? (
          <Alert variant="danger" title={`Version ${shown.version} did not complete`}>
            {shown.rationale ?? "Screening failed. Try again; if it keeps failing, contact support."}
          </Alert>
        ) : null}
        {shown && shown.status === "COMPLETED" ? (
          <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_18rem]">
            <div className="grid min-w-0 content-start gap-5">
              <Card>
                <CardHeader>
                  <CardTitle className="flex flex-wrap items-center gap-3">
                    <span>Version {shown.version}</span>
                    <RecommendationBadge recommendation={shown.recommendation} />
                    <span className="tabular-nums" data-testid="screen-score">
                      {formatScreenScore(shown.score)}
                    </span>
                  </CardTitle>
                </CardHeader>
                <CardContent className="grid gap-5">
                  {shown.rationale ? (
                    <p className="text-sm leading-relaxed">
                      <CitedText text={shown.rationale} citations={shown.citations} />
                    </p>
                  ) : null}
                  <div className="grid gap-5 md:grid-cols-3">
                    <ScreenClaimList title="Key strengths" claims={shown.strengths} citations={shown.citations} empty="None the public documents evidence." />
                    <ScreenClaimList
                      title="Key risks"
                      claims={shown.risks}
                      citations={shown.citations}
                      empty="None found."
                      action={
                        holding
                          ? (claim) => (
                              <Link
                                className="ml-1 whitespace-nowrap text-xs font-medium text-primary hover:underline"
                                href={covenantDraftHref(holding, suggestCovenant(claim.text))}
                              >
                                Make a covenant
                              </Link>
                            )
                          : undefined
                      }
                    />
                    <ScreenClaimList title="Next steps" claims={shown.nextSteps} citations={shown.citations} empty="None suggested." />
                  </div>
                  <p className="text-xs text-muted-foreground">Model: {shown.modelUsed ?? "unknown"}</p>
                </CardContent>
              </Card>
              {view.diff ? (
                <Card>
                  <CardHeader>
                    <CardTitle>What changed since version {view.diff.fromVersion}</CardTitle>
                  </CardHeader>
                  <CardContent>
                    <ScreenDiff diff={view.diff} />
                  </CardContent>
                </Card>
              ) : null}
              <Card>
                <CardHeader>
                  <CardTitle>Sources</CardTitle>
                </CardHeader>
                <CardContent>
                  <ScreenSources citations={shown.citations} />
                </CardContent>
              </Card>
            </div>
            <Card className="content-start">
              <CardHeader>
                <CardTitle>Versions</CardTitle>
              </CardHeader>
              <CardContent>
                <ScreenVersionHistory entryId={view.entry.id} versions={view.versions} shownId={shown.id} />
              </CardContent>
            </Card>
          </div>
        ) : view.versions.length === 0 ? (
          <EmptyState
            icon={ScanSearch}
            title="Not screened yet"
            description={
              canRun
                ? "Screen the deal: it reads the listing's facts and public documents and gives a recommendation, a score, strengths, risks and next steps, each cited to a page."
                : "An analyst or above can screen this deal."
            }
            action={button}
          />
        ) : null}
      </div>
    </>
  );
}
