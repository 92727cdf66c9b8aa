/** Plain constants the portfolio pages and the schemas share (no zod: client components import this). */

export const PORTFOLIO_STATUSES = ["ACTIVE", "CLOSED", "LIQUIDATING"] as const;
export type PortfolioStatusValue = (typeof PORTFOLIO_STATUSES)[number];
export const PORTFOLIO_STATUS_LABELS: Record<PortfolioStatusValue, string> = { ACTIVE: "Active", CLOSED: "Closed", LIQUIDATING: "Liquidating" };

export const HOLDING_STATUS_LABELS = { ACTIVE: "Active", EXITED: "Exited", WRITTEN_OFF: "Written off" } as const;
export type HoldingStatusValue = keyof typeof HOLDING_STATUS_LABELS;

/** Every kind a ledger row may have; `valuation` is a NAV mark, not cash. */
export const CASH_FLOW_KINDS = ["capital_call", "distribution_income", "distribution_return_of_capital", "fee", "valuation", "exit_proceeds"] as const;
export type CashFlowKind = (typeof CASH_FLOW_KINDS)[number];

/** What a person records by hand; exit proceeds come with an exit (exit-holding.ts). */
export const RECORDABLE_FLOW_KINDS = ["capital_call", "distribution_income", "distribution_return_of_capital", "fee", "valuation"] as const;
export type RecordableFlowKind = (typeof RECORDABLE_FLOW_KINDS)[number];

export const CASH_FLOW_KIND_LABELS: Record<CashFlowKind, string> = {
  capital_call: "Capital call",
  distribution_income: "Distribution (income)",
  distribution_return_of_capital: "Distribution (return of capital)",
  fee: "Fee",
  valuation: "Valuation (NAV mark)",
  exit_proceeds: "Exit proceeds",
};

export const DISTRIBUTION_KINDS: readonly CashFlowKind[] = ["distribution_income", "distribution_return_of_capital"];

export const PORTFOLIO_NOTE_MAX_LENGTH = 2000;
