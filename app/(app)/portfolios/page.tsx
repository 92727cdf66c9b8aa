import { ChartPie } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PortfoliosTable } from "@/components/portfolios/portfolios-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { listPortfolios } from "@/lib/portfolios/list-portfolios";

export const metadata: Metadata = { title: "Portfolios" };

const DESCRIPTION =
  "Your portfolios and their holdings, from the ledger of calls, distributions, fees and valuations. Totals are in each portfolio's base currency; unrealised value is the NAV of what is still held, realised value what has been distributed.";

export default async function PortfoliosPage() {
  const tenant = await requireFeaturePage(portfoliosAccess.read);
  const portfolios = await listPortfolios(tenant);
  const canWrite = hasAccess(tenant, portfoliosAccess.write);
  const create = canWrite ? (
    <Button asChild>
      <Link href="/portfolios/new">Create a portfolio</Link>
    </Button>
  ) : null;
  return (
    <>
      <PageHeader title="Portfolios" description={DESCRIPTION} actions={portfolios.length ? create : null} />
      {portfolios.length === 0 ? (
        <EmptyState
          icon={ChartPie}
          title="No portfolios yet"
          description="Create a portfolio, add the projects you invested in as holdings, and record their capital calls, distributions and valuations: NAV, IRR and multiples follow."
          action={create}
        />
      ) : (
        <PortfoliosTable portfolios={portfolios} />
      )}
    </>
  );
}
