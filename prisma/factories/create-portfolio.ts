import type { CovenantStatus, HoldingStatus } from "../../lib/db/generated/client";
import { type FactoryDb, uniqueSuffix } from "./types";

export type CreatePortfolioInput = { orgId: string; name?: string; currency?: string; targetSize?: string; vintageYear?: number; strategy?: string };

export async function createPortfolio(db: FactoryDb, input: CreatePortfolioInput) {
  return db.portfolio.create({
    data: {
      orgId: input.orgId,
      name: input.name ?? `Fund ${uniqueSuffix()}`,
      currency: input.currency ?? "USD",
      targetSize: input.targetSize ?? "100000000.0000",
      vintageYear: input.vintageYear ?? 2026,
      strategy: input.strategy ?? "Infrastructure Equity",
    },
  });
}

export type CreateHoldingInput = {
  orgId: string;
  portfolioId: string;
  projectId: string;
  investmentDate?: string;
  committedAmount?: string;
  investedAmount?: string;
  currentValue?: string;
  currency?: string;
  status?: HoldingStatus;
};

/** A holding in another org's project: the portfolio's org invests, the project stays the ally's. */
export async function createHolding(db: FactoryDb, input: CreateHoldingInput) {
  return db.portfolioHolding.create({
    data: {
      orgId: input.orgId,
      portfolioId: input.portfolioId,
      projectId: input.projectId,
      investmentDate: new Date(`${input.investmentDate ?? "2026-01-15"}T00:00:00Z`),
      committedAmount: input.committedAmount ?? "5000000.0000",
      investedAmount: input.investedAmount ?? "2500000.0000",
      currentValue: input.currentValue ?? "2600000.0000",
      currency: input.currency ?? "USD",
      status: input.status ?? "ACTIVE",
    },
  });
}

export type CreateCovenantInput = {
  orgId: string;
  holdingId: string;
  name?: string;
  metricName?: string;
  operator?: ">=" | "<=" | "=";
  thresholdBreach?: string;
  currentValue?: string;
  status?: CovenantStatus;
};

export async function createCovenant(db: FactoryDb, input: CreateCovenantInput) {
  return db.covenant.create({
    data: {
      orgId: input.orgId,
      holdingId: input.holdingId,
      name: input.name ?? "DSCR >= 1.20x",
      metricName: input.metricName ?? "dscr",
      operator: input.operator ?? ">=",
      thresholdBreach: input.thresholdBreach ?? "1.2000",
      currentValue: input.currentValue ?? "1.3500",
      status: input.status ?? "OK",
    },
  });
}
