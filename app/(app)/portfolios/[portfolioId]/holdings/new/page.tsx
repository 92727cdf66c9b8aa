import type { Metadata } from "next";
import { AddHoldingForm } from "@/components/portfolios/add-holding-form";
import { currencyOptions } from "@/components/portfolios/currency-options";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { listHoldableProjects } from "@/lib/portfolios/get-holdable-project-or-throw";
import { getPortfolioOrThrow } from "@/lib/portfolios/get-portfolio-or-throw";
import { todayIso } from "@/lib/portfolios/today-iso";

export const metadata: Metadata = { title: "Add a holding" };

export default async function AddHoldingPage({ params }: { params: Promise<{ portfolioId: string }> }) {
  const tenant = await requirePageAccess(portfoliosAccess.write);
  const { portfolioId } = await params;
  const portfolio = await orNotFound(getPortfolioOrThrow(tenant, portfolioId));
  const projects = await listHoldableProjects(tenant);
  return (
    <>
      <PageHeader
        title="Add a holding"
        description={`A project you invested in joins ${portfolio.name}. Record its capital calls next; its flows convert to ${portfolio.currency} at each date's ECB rate.`}
        breadcrumbs={[{ label: "Portfolios", href: "/portfolios" }, { label: portfolio.name, href: `/portfolios/${portfolio.id}` }, { label: "Add a holding" }]}
      />
      {projects.length === 0 ? (
        <EmptyState title="No project to add" description="Projects you can hold are those in your pipeline or listed on the marketplace." />
      ) : (
        <AddHoldingForm portfolioId={portfolio.id} projects={projects} currencies={currencyOptions()} today={todayIso()} />
      )}
    </>
  );
}
