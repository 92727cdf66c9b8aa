import type { Tx } from "@/lib/db/create-db-client";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/** The org's own portfolio; another org's id answers like a missing one. */
export async function getPortfolioOrThrow(scope: { org: { id: string } }, portfolioId: string, client: Tx = db) {
  const portfolio = looksLikeUuid(portfolioId) ? await client.portfolio.findFirst({ where: { id: portfolioId, orgId: scope.org.id } }) : null;
  if (!portfolio) throw notFound("Portfolio");
  return portfolio;
}
