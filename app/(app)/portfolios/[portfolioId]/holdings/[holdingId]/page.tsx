import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CashFlowLedger } from "@/components/portfolios/cash-flow-ledger";
import { ExitHoldingControls } from "@/components/portfolios/exit-holding-dialog";
import { formatDayText } from "@/components/portfolios/format-metrics";
import { PortfolioKpis } from "@/components/portfolios/portfolio-kpis";
import { HoldingStatusBadge } from "@/components/portfolios/portfolio-status-badge";
import { RecordFlowForm } from "@/components/portfolios/record-flow-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { getHoldingView } from "@/lib/portfolios/get-holding-view";
import { todayIso } from "@/lib/portfolios/today-iso";
import { formatMoney } from "@/lib/utils/format-money";

export const metadata: Metadata = { title: "Holding" };

export default async function HoldingPage({ params }: { params: Promise<{ portfolioId: string; holdingId: string }> }) {
  const tenant = await requireFeaturePage(portfoliosAccess.read);
  const { portfolioId, holdingId } = await params;
  const view = await orNotFound(getHoldingView(tenant, holdingId));
  if (view.portfolio.id !== portfolioId) notFound();
  const canWrite = hasAccess(tenant, portfoliosAccess.write) && view.status === "ACTIVE";
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
          </span>
        }
        description={`${facts.join(" · ")}. Figures below are in ${view.portfolio.currency}, each flow converted at its own date's rate.`}
        breadcrumbs={[
          { label: "Portfolios", href: "/portfolios" },
          { label: view.portfolio.name, href: `/portfolios/${view.portfolio.id}` },
          { label: view.project.name },
        ]}
      />
      <div className="grid min-w-0 gap-6">
        <PortfolioKpis metrics={view.metrics} currency={view.portfolio.currency} />
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
