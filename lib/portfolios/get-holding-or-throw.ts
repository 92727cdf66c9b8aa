import type { Tx } from "@/lib/db/create-db-client";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { isOffPlatformFor } from "./off-platform/off-platform-register";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/** The org's own holding with its portfolio and project (and whether that is off the platform); another org's id answers like a missing one. */
export async function getHoldingOrThrow(scope: { org: { id: string } }, holdingId: string, client: Tx = db) {
  const holding = looksLikeUuid(holdingId)
    ? await client.portfolioHolding.findFirst({
        where: { id: holdingId, orgId: scope.org.id, portfolio: { orgId: scope.org.id } },
        include: { portfolio: true, project: { select: { id: true, name: true, currency: true, description: true, org: { select: { slug: true } } } } },
      })
    : null;
  if (!holding) throw notFound("Holding");
  return { ...holding, offPlatform: isOffPlatformFor(scope, holding.project.org.slug) };
}

export type HoldingWithPortfolio = Awaited<ReturnType<typeof getHoldingOrThrow>>;
