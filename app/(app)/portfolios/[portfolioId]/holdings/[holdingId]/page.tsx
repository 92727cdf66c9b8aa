import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddCovenantForm } from "@/components/covenants/add-covenant-form";
import { CheckCovenantsButton } from "@/components/covenants/check-covenants-button";
import { HoldingCovenants } from "@/components/covenants/holding-covenants";
import { CashFlowLedger } from "@/components/portfolios/cash-flow-ledger";
import { HoldingKpisSection } from "@/components/project-kpis/holding-kpis-section";
import { ExitHoldingControls } from "@/components/portfolios/exit-holding-dialog";
import { formatDayText } from "@/components/portfolios/format-metrics";
import { PortfolioKpis } from "@/components/portfolios/portfolio-kpis";
import { HoldingStatusBadge } from "@/components/portfolios/portfolio-status-badge";
import { RecordFlowForm } from "@/components/portfolios/record-flow-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { covenantsAccess } from "@/lib/covenants/access";
import { listCovenants } from "@/lib/covenants/list-covenants";
import { listReportedMetrics } from "@/lib/covenants/list-reported-metrics";
import { listCovenantSuggestions } from "@/lib/covenants/list-covenant-suggestions";
import { parseCovenantDraft } from "@/lib/covenants/parse-covenant-draft";
import { orNotFound } from "@/lib/errors/or-not-found";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { projectKpisAccess } from "@/lib/project-kpis/access";
import { getHoldingKpisView } from "@/lib/project-kpis/get-holding-kpis-view";
import { getHoldingView } from "@/lib/portfolios/get-holding-view";
import { todayIso } from "@/lib/portfolios/today-iso";
import { formatMoney } from "@/lib/utils/format-money";

export const metadata: Metadata = { title: "Holding" };

export default async function HoldingPage({
  params,
  searchParams,
}: {
  params: Promise<{ portfolioId: string; holdingId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const tenant = await requireFeaturePage(portfoliosAccess.read);
  const { portfolioId, holdingId } = await params;
  const view = await orNotFound(getHoldingView(tenant, holdingId));
  if (view.portfolio.id !== portfolioId) notFound();
  const canWrite = hasAccess(tenant, portfoliosAccess.write) && view.status === "ACTIVE";
  const [{ covenants }, reported, kpis, suggestions] = await Promise.all([
    listCovenants(tenant, { holdingId: view.id }),
    listReportedMetrics(tenant, { id: view.id, projectId: view.project.id }),
    getHoldingKpisView(tenant, { id: view.id, projectId: view.project.id, offPlatform: view.project.offPlatform }),
    listCovenantSuggestions(tenant, view.project.id),
  ]);
  const draft = parseCovenantDraft(await searchParams);
  const canSetCovenants = canWrite && hasAccess(tenant, covenantsAccess.write);
  const today = todayIso();
  const facts = [
    `Invested ${formatDayText(view.investmentDate)}`,
    `committed ${formatMoney(view.committed, view.currency)}`,
    `called ${formatMoney(view.invested, view.currency)}`,
    view.currentValue !== null ? `valued at ${formatMoney(view.currentValue, view.currency)}` : null,
    view.ownershipPct ? `${Number(view.ownershipPct)}% owned` : null,
    view.exitDate ? `${view.status === "EXITED" ? "exited" : "written off"} ${formatDayText(view.exitDate)}` : null,
  ].filter(Boolean);
  return (
    <>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {view.project.name} <HoldingStatusBadge status={view.status} />
            {view.project.offPlatform ? <Badge variant="outline">Off-platform</Badge> : null}
          </span>
        }
        description={`${view.project.description ? `${view.project.description} ` : ""}${facts.join(" · ")}. Figures below are in ${view.portfolio.currency}, each flow converted at its own date's rate.`}
        breadcrumbs={[
          { label: "Portfolios", href: "/portfolios" },
          { label: view.portfolio.name, href: `/portfolios/${view.portfolio.id}` },
          { label: view.project.name },
        ]}
      />
      <div className="grid min-w-0 gap-6">
        <PortfolioKpis metrics={view.metrics} currency={view.portfolio.currency} />
        <section className="grid gap-3 scroll-mt-20" id="covenants" aria-labelledby="covenants-heading">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="covenants-heading" className="text-lg font-semibold">
              Covenants
            </h2>
            {canSetCovenants && covenants.length ? <CheckCovenantsButton holdingId={view.id} /> : null}
          </div>
          <HoldingCovenants
            covenants={covenants}
            currency={view.portfolio.currency}
            canWrite={hasAccess(tenant, covenantsAccess.write)}
            canWaive={hasAccess(tenant, covenantsAccess.waive)}
          />
          {canSetCovenants ? (
            <Card id="set-covenant" className="scroll-mt-20">
              <CardHeader>
                <CardTitle>Set a covenant</CardTitle>
              </CardHeader>
              <CardContent>
                <AddCovenantForm holdingId={view.id} reported={reported} draft={draft} suggestions={suggestions} />
              </CardContent>
            </Card>
          ) : null}
        </section>
        <HoldingKpisSection
          holdingId={view.id}
          currency={view.portfolio.currency}
          today={today}
          view={kpis}
          canManage={canWrite && hasAccess(tenant, projectKpisAccess.manage)}
        />
        <section className="grid gap-3" aria-labelledby="ledger-heading">
          <h2 id="ledger-heading" className="text-lg font-semibold">
            Ledger
          </h2>
          <CashFlowLedger flows={view.flows} currency={view.currency} baseCurrency={view.portfolio.currency} canEdit={canWrite} />
        </section>
        {canWrite ? (
          <>
            <Card>
              <CardHeader>
                <CardTitle>Record a flow</CardTitle>
              </CardHeader>
              <CardContent>
                <RecordFlowForm holdingId={view.id} currency={view.currency} minDay={view.investmentDate} today={today} />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Exit or write off</CardTitle>
              </CardHeader>
              <CardContent>
                <ExitHoldingControls holdingId={view.id} projectName={view.project.name} currency={view.currency} minDay={view.investmentDate} today={today} />
              </CardContent>
            </Card>
          </>
        ) : null}
      </div>
    </>
  );
}
