import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { covenantsAccess } from "@/lib/covenants/access";
import { listCovenants } from "@/lib/covenants/list-covenants";
import { portfoliosAccess } from "@/lib/portfolios/access";
import { getPortfolioOrThrow } from "@/lib/portfolios/get-portfolio-or-throw";
import { getPortfolioView } from "@/lib/portfolios/get-portfolio-view";
import { listPortfolios } from "@/lib/portfolios/list-portfolios";
import { assertApiOrgType } from "../assert-api-org-type";

/**
 * The portfolio reads of the API, through the same lib functions as the portfolio pages. Portfolios
 * are an investor's: another kind of org's key is refused as assertAccess refuses it in the app (404).
 */
export async function listApiPortfolios(actor: ApiKeyActor) {
  assertApiOrgType(actor, portfoliosAccess.read);
  return { data: await listPortfolios(actor) };
}

export async function getApiPortfolio(actor: ApiKeyActor, portfolioId: string) {
  assertApiOrgType(actor, portfoliosAccess.read);
  const view = await getPortfolioView(actor, portfolioId);
  return { data: { ...view.portfolio, committed: view.committed, committedMissing: view.committedMissing, metrics: view.metrics } };
}

export async function listApiHoldings(actor: ApiKeyActor, portfolioId: string) {
  assertApiOrgType(actor, portfoliosAccess.read);
  return { data: (await getPortfolioView(actor, portfolioId)).holdings };
}

export async function listApiCovenants(actor: ApiKeyActor, portfolioId: string) {
  assertApiOrgType(actor, covenantsAccess.read);
  const portfolio = await getPortfolioOrThrow(actor, portfolioId);
  const { covenants } = await listCovenants(actor, { portfolioId: portfolio.id, checksPerCovenant: 0 });
  return {
    data: covenants.map(({ checks: _checks, metricLabel: _label, holding, ...covenant }) => ({
      ...covenant,
      holding: { id: holding.id, projectName: holding.projectName },
    })),
  };
}
