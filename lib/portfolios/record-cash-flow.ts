import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { convertFlowToBase } from "./convert-flow-to-base";
import { getHoldingOrThrow } from "./get-holding-or-throw";
import { CASH_FLOW_KIND_LABELS, DISTRIBUTION_KINDS } from "./portfolio-constants";
import type { RecordCashFlowInput } from "./schemas";
import { syncHoldingFromFlows } from "./sync-holding-from-flows";
import { dayOf, todayIso } from "./today-iso";

/**
 * Records a call, distribution, fee or valuation on an active holding, converted to the portfolio's
 * currency at the rate of its own date. Refused, with nothing written: a date before the investment
 * or in the future, a distribution before any capital was called, a day with no rate.
 */
export async function recordCashFlow(actor: Actor, input: RecordCashFlowInput) {
  const holding = await getHoldingOrThrow(actor, input.holdingId);
  if (holding.status !== "ACTIVE")
    throw new AppError("INVALID_TRANSITION", `${holding.project.name} was ${holding.status === "EXITED" ? "exited" : "written off"}: its ledger is closed.`);
  const invested = dayOf(holding.investmentDate);
  if (input.flowDate < invested) {
    throw new AppError("VALIDATION", `${input.flowDate} is before the investment in ${holding.project.name} (${invested}).`, {
      fieldErrors: { flowDate: [`Not before ${invested}.`] },
    });
  }
  if (input.flowDate > todayIso())
    throw new AppError("VALIDATION", `${input.flowDate} is in the future: record flows once they happen.`, { fieldErrors: { flowDate: ["Not in the future."] } });
  const conversion = await convertFlowToBase(input.amount, holding.currency, holding.portfolio.currency, input.flowDate);
  return auditedWrite(actor, async (tx) => {
    if (DISTRIBUTION_KINDS.includes(input.kind)) {
      const firstCall = await tx.portfolioCashFlow.findFirst({
        where: { holdingId: holding.id, kind: "capital_call" },
        orderBy: { flowDate: "asc" },
        select: { flowDate: true },
      });
      if (!firstCall || dayOf(firstCall.flowDate) > input.flowDate) {
        const since = firstCall ? `the first capital call (${dayOf(firstCall.flowDate)})` : "any capital call";
        throw new AppError("VALIDATION", `A distribution on ${input.flowDate} would come before ${since}: nothing was invested yet.`, {
          fieldErrors: { flowDate: [`Before ${since}.`] },
        });
      }
    }
    const flow = await tx.portfolioCashFlow.create({
      data: {
        orgId: actor.org.id,
        holdingId: holding.id,
        kind: input.kind,
        flowDate: new Date(`${input.flowDate}T00:00:00Z`),
        amount: input.amount,
        amountBase: conversion.amountBase,
        fxRate: conversion.fxRate,
        fxRateDate: new Date(`${conversion.fxRateDate}T00:00:00Z`),
        fxSource: conversion.fxSource,
        note: input.note,
        createdBy: actor.user.id,
      },
    });
    await syncHoldingFromFlows(tx, holding.id);
    await emit(tx, "cash_flow.recorded", {
      orgId: actor.org.id,
      portfolioId: holding.portfolioId,
      holdingId: holding.id,
      flowId: flow.id,
      kind: input.kind,
      removed: false,
    });
    return {
      result: flow,
      audit: {
        action: "cash_flow.recorded",
        entityType: "PortfolioHolding",
        entityId: holding.id,
        changes: {
          after: {
            flowId: flow.id,
            project: holding.project.name,
            kind: CASH_FLOW_KIND_LABELS[input.kind],
            flowDate: input.flowDate,
            amount: flow.amount.toFixed(4),
            currency: holding.currency,
            amountBase: flow.amountBase.toFixed(4),
            baseCurrency: holding.portfolio.currency,
            fxRate: conversion.fxRate,
            fxRateDate: conversion.fxRateDate,
            fxSource: conversion.fxSource,
          },
        },
      },
    };
  });
}
