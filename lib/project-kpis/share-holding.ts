import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { getHoldingOrThrow } from "@/lib/portfolios/get-holding-or-throw";
import type { ShareHoldingInput } from "./schemas";

/** Shows (or stops showing) the project's developer that this org holds its project. Off until the investor turns it on. */
export async function shareHolding(actor: Actor, input: ShareHoldingInput) {
  const holding = await getHoldingOrThrow(actor, input.holdingId);
  if (holding.offPlatform) throw new AppError("VALIDATION", `${holding.project.name} is developed off the platform: there is no developer here to show it to.`);
  return auditedWrite(actor, async (tx) => {
    if (input.shared)
      await tx.portfolioHoldingShare.upsert({
        where: { holdingId: holding.id },
        create: { orgId: actor.org.id, holdingId: holding.id, projectId: holding.project.id, sharedBy: actor.user.id },
        update: {},
      });
    else await tx.portfolioHoldingShare.deleteMany({ where: { holdingId: holding.id, orgId: actor.org.id } });
    return {
      result: { shared: input.shared },
      audit: {
        action: input.shared ? "holding.shared" : "holding.unshared",
        entityType: "PortfolioHolding",
        entityId: holding.id,
        changes: { after: { project: holding.project.name, shared: input.shared } },
      },
    };
  });
}
