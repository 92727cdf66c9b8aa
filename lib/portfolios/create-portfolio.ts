import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { emit } from "@/lib/events/emit";
import type { CreatePortfolioInput } from "./schemas";

export async function createPortfolio(actor: Actor, input: CreatePortfolioInput) {
  return auditedWrite(actor, async (tx) => {
    const portfolio = await tx.portfolio.create({ data: { ...input, orgId: actor.org.id } });
    await emit(tx, "portfolio.created", { orgId: actor.org.id, portfolioId: portfolio.id });
    return {
      result: portfolio,
      audit: {
        action: "portfolio.created",
        entityType: "Portfolio",
        entityId: portfolio.id,
        changes: { after: { name: portfolio.name, currency: portfolio.currency, targetSize: portfolio.targetSize?.toFixed(4) ?? null, status: portfolio.status } },
      },
    };
  });
}
