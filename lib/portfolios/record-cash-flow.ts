import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { closedLedgerProblem, distributionProblem, flowDateProblem } from "./check-ledger-rules";
import { convertFlowToBase } from "./convert-flow-to-base";
import { getHoldingOrThrow } from "./get-holding-or-throw";
import { CASH_FLOW_KIND_LABELS, DISTRIBUTION_KINDS } from "./portfolio-constants";
import type { RecordCashFlowInput } from "./schemas";
import { syncHoldingFromFlows } from "./sync-holding-from-flows";
import { dayOf, todayIso } from "./today-iso";

/**
 * Records a call, distribution, fee or valuation on an active holding, converted to the portfolio's
 * currency at the rate of its own date. Refused, with nothing written: a date before the investment
 * or in the future, a distribution before any capital was called, a day with no rate. A key records
 * one too (the API), its scope checked in place of the role.
 */
export async function recordCashFlow(actor: Actor | ApiKeyActor, input: RecordCashFlowInput) {
  const holding = await getHoldingOrThrow(actor, input.holdingId);
  const closed = closedLedgerProblem({ status: holding.status, projectName: holding.project.name });
  if (closed) throw new AppError("INVALID_TRANSITION", closed);
  const dateProblem = flowDateProblem(input.flowDate, { investedOn: dayOf(holding.investmentDate), projectName: holding.project.name }, todayIso());
  if (dateProblem) throw new AppError("VALIDATION", dateProblem.message, { fieldErrors: { flowDate: [dateProblem.fieldMessage] } });
  const conversion = await convertFlowToBase(input.amount, holding.currency, holding.portfolio.currency, input.flowDate);
  return auditedWrite(actor, async (tx) => {
    if (DISTRIBUTION_KINDS.includes(input.kind)) {
      const firstCall = await tx.portfolioCashFlow.findFirst({
        where: { holdingId: holding.id, kind: "capital_call" },
        orderBy: { flowDate: "asc" },
        select: { flowDate: true },
      });
      const problem = distributionProblem(input.kind, input.flowDate, firstCall ? dayOf(firstCall.flowDate) : null);
      if (problem) throw new AppError("VALIDATION", problem.message, { fieldErrors: { flowDate: [problem.fieldMessage] } });
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
        // A key has no user: the audit row names the key instead.
        createdBy: actor.user?.id ?? null,
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
