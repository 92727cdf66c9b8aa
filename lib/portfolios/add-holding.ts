import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { investmentDateProblem } from "./check-ledger-rules";
import { getHoldableProjectOrThrow } from "./get-holdable-project-or-throw";
import { getPortfolioOrThrow } from "./get-portfolio-or-throw";
import { todayIso } from "./today-iso";
import type { AddHoldingInput } from "./schemas";

/** A project the investor can see becomes a holding; nothing is drawn until a capital call is recorded. */
export async function addHolding(actor: Actor, input: AddHoldingInput) {
  const portfolio = await getPortfolioOrThrow(actor, input.portfolioId);
  const project = await getHoldableProjectOrThrow(actor, input.projectId);
  const problem = investmentDateProblem(input.investmentDate, todayIso());
  if (problem) throw new AppError("VALIDATION", problem.message, { fieldErrors: { investmentDate: [problem.fieldMessage] } });
  return auditedWrite(actor, async (tx) => {
    const existing = await tx.portfolioHolding.findFirst({ where: { orgId: actor.org.id, portfolioId: portfolio.id, projectId: project.id }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", `${project.name} is already a holding of ${portfolio.name}.`);
    const holding = await tx.portfolioHolding.create({
      data: {
        orgId: actor.org.id,
        portfolioId: portfolio.id,
        projectId: project.id,
        investmentDate: new Date(`${input.investmentDate}T00:00:00Z`),
        committedAmount: input.committedAmount,
        currency: input.currency,
        ownershipPct: input.ownershipPct,
      },
    });
    await emit(tx, "holding.added", { orgId: actor.org.id, portfolioId: portfolio.id, holdingId: holding.id, projectId: project.id });
    return {
      result: holding,
      audit: {
        action: "holding.added",
        entityType: "PortfolioHolding",
        entityId: holding.id,
        changes: {
          after: {
            project: project.name,
            portfolio: portfolio.name,
            committedAmount: holding.committedAmount.toFixed(4),
            currency: holding.currency,
            investmentDate: input.investmentDate,
          },
        },
      },
    };
  });
}
