import type { CashFlowKind, HoldingStatusValue, PortfolioStatusValue } from "./portfolio-constants";

/** What the portfolio pages receive: plain values (money as decimal strings, days as YYYY-MM-DD), no Prisma types. */

export type MultiplesDto = { moic: string | null; tvpi: string | null; dpi: string | null; rvpi: string | null };

export type IrrDto = { kind: "rate"; rate: number; alsoFits: number[] } | { kind: "undefined"; reason: string };

export type LedgerMetricsDto = {
  paidIn: string;
  fees: string;
  distributed: string;
  nav: string;
  navDay: string | null;
  /** Days from the first cash flow to the last flow or NAV date: an IRR over less than a year is annualised from a short period. */
  spanDays: number | null;
  gross: MultiplesDto;
  net: MultiplesDto;
  grossIrr: IrrDto;
  netIrr: IrrDto;
};

export type PortfolioDto = {
  id: string;
  name: string;
  description: string | null;
  currency: string;
  targetSize: string | null;
  vintageYear: number | null;
  strategy: string | null;
  status: PortfolioStatusValue;
};

export type HoldingRowDto = {
  id: string;
  projectId: string;
  projectName: string;
  offPlatform: boolean;
  currency: string;
  status: HoldingStatusValue;
  investmentDate: string;
  exitDate: string | null;
  committed: string;
  invested: string;
  currentValue: string | null;
  /** In the portfolio's currency. */
  paidIn: string;
  distributed: string;
  nav: string;
  moic: string | null;
  netIrr: IrrDto;
};

export type PortfolioViewDto = {
  portfolio: PortfolioDto;
  committed: string;
  committedMissing: string[];
  metrics: LedgerMetricsDto;
  holdings: HoldingRowDto[];
  navSeries: SeriesPoint[];
  jCurve: SeriesPoint[];
};

export type CashFlowRowDto = {
  id: string;
  kind: CashFlowKind;
  day: string;
  amount: string;
  amountBase: string;
  fxRate: string;
  fxRateDate: string;
  fxSource: string;
  note: string | null;
};

export type HoldingViewDto = {
  id: string;
  portfolio: { id: string; name: string; currency: string };
  /** offPlatform: the developer is not on the platform; only then is the description here (it says who develops it). */
  project: { id: string; name: string; offPlatform: boolean; description: string | null };
  currency: string;
  status: HoldingStatusValue;
  investmentDate: string;
  committed: string;
  invested: string;
  currentValue: string | null;
  ownershipPct: string | null;
  exitDate: string | null;
  exitProceeds: string | null;
  flows: CashFlowRowDto[];
  /** In the portfolio's currency. */
  metrics: LedgerMetricsDto;
};

export type SeriesPoint = { day: string; value: number };

export type PortfolioListRowDto = {
  id: string;
  name: string;
  currency: string;
  status: PortfolioStatusValue;
  vintageYear: number | null;
  strategy: string | null;
  holdings: number;
  /** Commitments at their investment dates' rates; `committedMissing` names any rate not found. */
  committed: string;
  committedMissing: string[];
  called: string;
  distributed: string;
  nav: string;
  /** Unrealised value: the NAV of what is still held. Realised value: everything distributed, exit proceeds included. */
  unrealised: string;
  realised: string;
};
