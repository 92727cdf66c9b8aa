import type { Metadata } from "next";
import { currencyOptions } from "@/components/portfolios/currency-options";
import { PortfolioForm } from "@/components/portfolios/portfolio-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { portfoliosAccess } from "@/lib/portfolios/access";

export const metadata: Metadata = { title: "New portfolio" };

export default async function NewPortfolioPage() {
  await requirePageAccess(portfoliosAccess.write);
  return (
    <>
      <PageHeader title="New portfolio" breadcrumbs={[{ label: "Portfolios", href: "/portfolios" }, { label: "New" }]} />
      <PortfolioForm currencies={currencyOptions()} />
    </>
  );
}
