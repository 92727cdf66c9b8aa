import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { investmentDateProblem } from "./check-ledger-rules";
import { createHoldingRow } from "./create-holding-row";
import { getHoldableProjectOrThrow } from "./get-holdable-project-or-throw";
import { getPortfolioOrThrow } from "./get-portfolio-or-throw";
import { todayIso } from "./today-iso";
import type { AddHoldingInput } from "./schemas";

/** Throws the investment date's problem (in the future, say) as a field error. */
export function assertInvestmentDate(investmentDate: string) {
  const problem = investmentDateProblem(investmentDate, todayIso());
  if (problem) throw new AppError("VALIDATION", problem.message, { fieldErrors: { investmentDate: [problem.fieldMessage] } });
}

/**
 * A project the investor can see becomes a holding; nothing is drawn until a capital call is recorded.
 * Through the API (a key) too: the key's scope stands in for the role, checked before this runs.
 */
export async function addHolding(actor: Actor | ApiKeyActor, input: AddHoldingInput) {
  const portfolio = await getPortfolioOrThrow(actor, input.portfolioId);
  const project = await getHoldableProjectOrThrow(actor, input.projectId);
  assertInvestmentDate(input.investmentDate);
  return auditedWrite(actor, async (tx) => {
    const { holding, audit } = await createHoldingRow(tx, actor, portfolio, project, input);
    return { result: holding, audit };
  });
}
