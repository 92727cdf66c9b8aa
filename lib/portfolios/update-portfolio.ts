import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/db/generated/client";
import { emit } from "@/lib/events/emit";
import { getPortfolioOrThrow } from "./get-portfolio-or-throw";
import type { UpdatePortfolioInput } from "./schemas";

/**
 * Changes a portfolio's particulars. Its base currency is fixed once a flow is recorded: every
 * flow's amount in base currency was converted to it on its own date.
 */
export async function updatePortfolio(actor: Actor, input: UpdatePortfolioInput) {
  const { portfolioId, ...fields } = input;
  return auditedWrite(actor, async (tx) => {
    const before = await getPortfolioOrThrow(actor, portfolioId, tx);
    if (fields.currency !== before.currency) {
      const flows = await tx.portfolioCashFlow.count({ where: { orgId: actor.org.id, holding: { portfolioId } } });
      if (flows > 0) {
        throw new AppError(
          "VALIDATION",
          `The base currency stays ${before.currency}: ${flows} recorded flow${flows === 1 ? " was" : "s were"} converted to it on ${flows === 1 ? "its" : "their"} own dates.`,
          {
            fieldErrors: { currency: [`Fixed at ${before.currency} once flows are recorded.`] },
          },
        );
      }
    }
    const { count } = await tx.portfolio.updateMany({ where: { id: portfolioId, orgId: actor.org.id }, data: fields });
    if (count !== 1) throw new AppError("NOT_FOUND", "Portfolio not found.");
    const money = (value: { toString(): string } | null) => (value === null ? null : new Prisma.Decimal(value.toString()).toFixed(4));
    const changes = diffChanges({ ...pick(before), targetSize: money(before.targetSize) } as Record<string, unknown>, {
      ...fields,
      targetSize: money(fields.targetSize),
    });
    await emit(tx, "portfolio.updated", { orgId: actor.org.id, portfolioId });
    return {
      result: { id: portfolioId },
      audit: {
        action: "portfolio.updated",
        entityType: "Portfolio",
        entityId: portfolioId,
        changes: { before: { ...changes.before, portfolio: before.name }, after: { ...changes.after, portfolio: fields.name } },
      },
    };
  });
}

const pick = (p: { name: string; description: string | null; currency: string; vintageYear: number | null; strategy: string | null; status: string }) => ({
  name: p.name,
  description: p.description,
  currency: p.currency,
  vintageYear: p.vintageYear,
  strategy: p.strategy,
  status: p.status,
});
