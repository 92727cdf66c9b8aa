import { DISTRIBUTION_KINDS, type CashFlowKind } from "./portfolio-constants";

/**
 * The rules a holding and its ledger keep, pure, so adding one holding or flow by hand and
 * importing a file of them refuse the same things with the same words. Each answers null (fine) or
 * the problem: a sentence for the person and a short one for the field.
 */
export type LedgerProblem = { message: string; fieldMessage: string };

export function investmentDateProblem(investmentDate: string, today: string): LedgerProblem | null {
  return investmentDate > today ? { message: "The investment date is in the future: record a holding once it is made.", fieldMessage: "Not in the future." } : null;
}

export function closedLedgerProblem(holding: { status: string; projectName: string }): string | null {
  return holding.status === "ACTIVE" ? null : `${holding.projectName} was ${holding.status === "EXITED" ? "exited" : "written off"}: its ledger is closed.`;
}

export function flowDateProblem(flowDate: string, holding: { investedOn: string; projectName: string }, today: string): LedgerProblem | null {
  if (flowDate < holding.investedOn)
    return { message: `${flowDate} is before the investment in ${holding.projectName} (${holding.investedOn}).`, fieldMessage: `Not before ${holding.investedOn}.` };
  if (flowDate > today) return { message: `${flowDate} is in the future: record flows once they happen.`, fieldMessage: "Not in the future." };
  return null;
}

/** A distribution needs capital called on or before its day: `firstCall` is the earliest capital call's day, if any. */
export function distributionProblem(kind: CashFlowKind, flowDate: string, firstCall: string | null): LedgerProblem | null {
  if (!DISTRIBUTION_KINDS.includes(kind) || (firstCall !== null && firstCall <= flowDate)) return null;
  const since = firstCall ? `the first capital call (${firstCall})` : "any capital call";
  return { message: `A distribution on ${flowDate} would come before ${since}: nothing was invested yet.`, fieldMessage: `Before ${since}.` };
}
