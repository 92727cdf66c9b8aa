import type { Metadata } from "next";
import { ImportFileForm } from "@/components/portfolios/import-file-form";
import { ImportFormatHelp } from "@/components/portfolios/import-format-help";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { getPortfolioOrThrow } from "@/lib/portfolios/get-portfolio-or-throw";

export const metadata: Metadata = { title: "Import holdings or cash flows" };

export default async function ImportPortfolioPage({ params }: { params: Promise<{ portfolioId: string }> }) {
  const tenant = await requirePageAccess(portfoliosAccess.write);
  const { portfolioId } = await params;
  const portfolio = await orNotFound(getPortfolioOrThrow(tenant, portfolioId));
  return (
    <>
      <PageHeader
        title="Import holdings or cash flows"
        description={`Add holdings to ${portfolio.name}, or flows to its holdings, from a CSV or XLSX file. You see every row and every error first; nothing is written until you import, and then every row or none.`}
        breadcrumbs={[{ label: "Portfolios", href: "/portfolios" }, { label: portfolio.name, href: `/portfolios/${portfolio.id}` }, { label: "Import" }]}
      />
      <div className="grid min-w-0 gap-6">
        <ImportFileForm portfolioId={portfolio.id} />
        <ImportFormatHelp baseCurrency={portfolio.currency} />
      </div>
    </>
  );
}
