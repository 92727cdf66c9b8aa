import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { convertFlowToBase } from "./convert-flow-to-base";
import { getHoldingOrThrow } from "./get-holding-or-throw";
import type { ExitHoldingInput } from "./schemas";
import { syncHoldingFromFlows } from "./sync-holding-from-flows";
import { dayOf, todayIso } from "./today-iso";

/**
 * Closes an active holding: EXITED with its date and proceeds (recorded as an exit_proceeds flow,
 * converted at that day's rate), or WRITTEN_OFF with proceeds 0. Either way its NAV is 0 from then on.
 */
export async function exitHolding(actor: Actor, input: ExitHoldingInput) {
  const holding = await getHoldingOrThrow(actor, input.holdingId);
  if (holding.status !== "ACTIVE")
    throw new AppError("INVALID_TRANSITION", `${holding.project.name} is already ${holding.status === "EXITED" ? "exited" : "written off"}.`);
  const invested = dayOf(holding.investmentDate);
  if (input.exitDate < invested)
    throw new AppError("VALIDATION", `The exit date is before the investment (${invested}).`, { fieldErrors: { exitDate: [`Not before ${invested}.`] } });
  if (input.exitDate > todayIso())
    throw new AppError("VALIDATION", "The exit date is in the future: record the exit once it is done.", { fieldErrors: { exitDate: ["Not in the future."] } });
  const proceeds = input.outcome === "EXITED" ? input.proceeds : "0";
  const conversion = input.outcome === "EXITED" ? await convertFlowToBase(proceeds, holding.currency, holding.portfolio.currency, input.exitDate) : null;
  return auditedWrite(actor, async (tx) => {
    const { count } = await tx.portfolioHolding.updateMany({
      where: { id: holding.id, orgId: actor.org.id, status: "ACTIVE" },
      data: { status: input.outcome, exitDate: new Date(`${input.exitDate}T00:00:00Z`), exitProceeds: proceeds },
    });
    if (count !== 1) throw new AppError("STALE_WRITE", `${holding.project.name} changed meanwhile: reload the page.`);
    if (conversion) {
      await tx.portfolioCashFlow.create({
        data: {
          orgId: actor.org.id,
          holdingId: holding.id,
          kind: "exit_proceeds",
          flowDate: new Date(`${input.exitDate}T00:00:00Z`),
          amount: proceeds,
          amountBase: conversion.amountBase,
          fxRate: conversion.fxRate,
          fxRateDate: new Date(`${conversion.fxRateDate}T00:00:00Z`),
          fxSource: conversion.fxSource,
          createdBy: actor.user.id,
        },
      });
    }
    await syncHoldingFromFlows(tx, holding.id);
    await emit(tx, "holding.exited", { orgId: actor.org.id, portfolioId: holding.portfolioId, holdingId: holding.id, outcome: input.outcome });
    return {
      result: { id: holding.id, portfolioId: holding.portfolioId },
      audit: {
        action: input.outcome === "EXITED" ? "holding.exited" : "holding.written_off",
        entityType: "PortfolioHolding",
        entityId: holding.id,
        changes: { after: { project: holding.project.name, status: input.outcome, exitDate: input.exitDate, exitProceeds: proceeds, currency: holding.currency } },
      },
    };
  });
}
