import type { Metadata } from "next";
import Link from "next/link";
import { AddHoldingForm } from "@/components/portfolios/add-holding-form";
import { AddOffPlatformHoldingForm } from "@/components/portfolios/add-off-platform-holding-form";
import { currencyOptions } from "@/components/portfolios/currency-options";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { listHoldableProjects } from "@/lib/portfolios/get-holdable-project-or-throw";
import { getPortfolioOrThrow } from "@/lib/portfolios/get-portfolio-or-throw";
import { todayIso } from "@/lib/portfolios/today-iso";
import { getProjectFormOptions } from "@/lib/projects/project-form-options";
import { cn } from "@/lib/utils/cn";

export const metadata: Metadata = { title: "Add a holding" };

const SOURCES = [
  { key: "platform", label: "On the platform" },
  { key: "off-platform", label: "Off the platform" },
] as const;

export default async function AddHoldingPage({ params, searchParams }: { params: Promise<{ portfolioId: string }>; searchParams: Promise<{ source?: string }> }) {
  const tenant = await requirePageAccess(portfoliosAccess.write);
  const { portfolioId } = await params;
  const offPlatform = (await searchParams).source === "off-platform";
  const portfolio = await orNotFound(getPortfolioOrThrow(tenant, portfolioId));
  const projects = offPlatform ? [] : await listHoldableProjects(tenant);
  const base = `/portfolios/${portfolio.id}/holdings/new`;
  return (
    <>
      <PageHeader
        title="Add a holding"
        description={`A project you invested in joins ${portfolio.name}. Record its capital calls next; its flows convert to ${portfolio.currency} at each date's ECB rate.`}
        breadcrumbs={[{ label: "Portfolios", href: "/portfolios" }, { label: portfolio.name, href: `/portfolios/${portfolio.id}` }, { label: "Add a holding" }]}
      />
      <nav aria-label="Holding source" className="mb-6 inline-flex rounded-md border border-border bg-muted p-1 text-sm">
        {SOURCES.map(({ key, label }) => {
          const current = (key === "off-platform") === offPlatform;
          return (
            <Link
              key={key}
              href={key === "platform" ? base : `${base}?source=${key}`}
              aria-current={current ? "page" : undefined}
              className={cn("rounded px-3 py-1.5 font-medium", current ? "bg-surface shadow-sm" : "text-muted-foreground hover:text-foreground")}
            >
              {label}
            </Link>
          );
        })}
      </nav>
      {offPlatform ? (
        <AddOffPlatformHoldingForm
          portfolioId={portfolio.id}
          baseCurrency={portfolio.currency}
          currencies={currencyOptions()}
          countries={getProjectFormOptions().countries}
          today={todayIso()}
        />
      ) : projects.length === 0 ? (
        <EmptyState
          title="No project to add"
          description="Projects you can hold are those in your pipeline or listed on the marketplace. One whose developer is not on the platform can be added off the platform."
        />
      ) : (
        <AddHoldingForm portfolioId={portfolio.id} projects={projects} currencies={currencyOptions()} today={todayIso()} />
      )}
    </>
  );
}
