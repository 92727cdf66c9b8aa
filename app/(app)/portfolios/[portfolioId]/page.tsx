import { Layers } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { AssistantContext } from "@/components/assistant/assistant-context";
import { AllocationCard } from "@/components/portfolios/allocation-card";
import { HoldingsTable } from "@/components/portfolios/holdings-table";
import { MetricTrends } from "@/components/portfolios/metric-trends";
import { JCurveChart, NavOverTimeChart } from "@/components/portfolios/portfolio-charts";
import { PortfolioExportMenu } from "@/components/portfolios/portfolio-export-menu";
import { PortfolioKpis } from "@/components/portfolios/portfolio-kpis";
import { PortfolioStatusBadge } from "@/components/portfolios/portfolio-status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { getPortfolioAllocation } from "@/lib/portfolios/get-portfolio-allocation";
import { getPortfolioView } from "@/lib/portfolios/get-portfolio-view";
import { formatMoney } from "@/lib/utils/format-money";

export const metadata: Metadata = { title: "Portfolio" };

export default async function PortfolioPage({ params }: { params: Promise<{ portfolioId: string }> }) {
  const tenant = await requireFeaturePage(portfoliosAccess.read);
  const { portfolioId } = await params;
  const view = await orNotFound(getPortfolioView(tenant, portfolioId));
  const { portfolio, metrics } = view;
  const allocation = await getPortfolioAllocation(tenant, view.holdings);
  const canWrite = hasAccess(tenant, portfoliosAccess.write);
  const facts = [
    `Base currency ${portfolio.currency}`,
    portfolio.vintageYear ? `vintage ${portfolio.vintageYear}` : null,
    portfolio.strategy,
    portfolio.targetSize ? `target ${formatMoney(portfolio.targetSize, portfolio.currency)}` : null,
    `committed ${formatMoney(view.committed, portfolio.currency)}`,
  ].filter(Boolean);
  const addHolding = (
    <Button asChild>
      <Link href={`/portfolios/${portfolio.id}/holdings/new`}>Add a holding</Link>
    </Button>
  );
  return (
    <>
      <AssistantContext type="PORTFOLIO" entityId={portfolio.id} label={portfolio.name} />
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {portfolio.name} <PortfolioStatusBadge status={portfolio.status} />
          </span>
        }
        description={facts.join(" · ")}
        breadcrumbs={[{ label: "Portfolios", href: "/portfolios" }, { label: portfolio.name }]}
        actions={
          canWrite ? (
            <div className="flex gap-2">
              <Button asChild variant="outline">
                <Link href={`/portfolios/${portfolio.id}/edit`}>Edit</Link>
              </Button>
              {addHolding}
            </div>
          ) : null
        }
      />
      <div className="grid min-w-0 gap-6">
        <PortfolioExportMenu portfolioId={portfolio.id} canImport={canWrite} />
        {view.committedMissing.length ? <p className="text-sm text-warning">Committed leaves out: {view.committedMissing.join("; ")}.</p> : null}
        <PortfolioKpis metrics={metrics} currency={portfolio.currency} />
        <AllocationCard allocation={allocation} currency={portfolio.currency} portfolioId={portfolio.id} />
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader>
              <CardTitle>NAV over time</CardTitle>
              <p className="text-sm text-muted-foreground">Each holding's latest valuation on the day, converted at that valuation's rate.</p>
            </CardHeader>
            <CardContent>
              {view.navSeries.length ? (
                <NavOverTimeChart points={view.navSeries} currency={portfolio.currency} label="NAV over time" />
              ) : (
                <p className="text-sm text-muted-foreground">No valuation recorded yet.</p>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Net cash flow (J-curve)</CardTitle>
              <p className="text-sm text-muted-foreground">Distributions less calls and fees, to date.</p>
            </CardHeader>
            <CardContent>
              {view.jCurve.length ? (
                <JCurveChart points={view.jCurve} currency={portfolio.currency} label="Cumulative net cash flow" />
              ) : (
                <p className="text-sm text-muted-foreground">No cash flow recorded yet.</p>
              )}
            </CardContent>
          </Card>
        </div>
        <MetricTrends tenant={tenant} portfolioId={portfolio.id} canWrite={canWrite} />
        <section className="grid gap-3" aria-labelledby="holdings-heading">
          <h2 id="holdings-heading" className="text-lg font-semibold">
            Holdings
          </h2>
          {view.holdings.length ? (
            <HoldingsTable holdings={view.holdings} currency={portfolio.currency} portfolioId={portfolio.id} />
          ) : (
            <EmptyState
              icon={Layers}
              title="No holdings yet"
              description="Add a project you invested in, then record its capital calls."
              action={canWrite ? addHolding : null}
            />
          )}
        </section>
      </div>
    </>
  );
}
