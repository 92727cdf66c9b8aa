import type { Metadata } from "next";
import { currencyOptions } from "@/components/portfolios/currency-options";
import { PortfolioForm } from "@/components/portfolios/portfolio-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { getPortfolioView } from "@/lib/portfolios/get-portfolio-view";

export const metadata: Metadata = { title: "Edit portfolio" };

export default async function EditPortfolioPage({ params }: { params: Promise<{ portfolioId: string }> }) {
  const tenant = await requirePageAccess(portfoliosAccess.write);
  const { portfolioId } = await params;
  const view = await orNotFound(getPortfolioView(tenant, portfolioId));
  const hasFlows = view.jCurve.length > 0 || view.navSeries.length > 0;
  return (
    <>
      <PageHeader
        title={`Edit ${view.portfolio.name}`}
        breadcrumbs={[{ label: "Portfolios", href: "/portfolios" }, { label: view.portfolio.name, href: `/portfolios/${portfolioId}` }, { label: "Edit" }]}
      />
      <PortfolioForm portfolio={view.portfolio} currencies={currencyOptions()} currencyLocked={hasFlows} />
    </>
  );
}
