import { Prisma } from "@/lib/db/generated/client";
import { computeMultiples, type Multiples } from "./multiples";
import { type XirrFlow, type XirrResult, xirr } from "./xirr";

export type LedgerFlowKind = "capital_call" | "distribution_income" | "distribution_return_of_capital" | "fee" | "exit_proceeds";

/**
 * One cash-flow ledger line in the base currency. `amountBase` is the size of the flow, its
 * direction given by `kind`; a negative amount reverses a line of that kind (a refunded call, a
 * clawed-back distribution). Fees are what the investor paid on top of the capital called.
 */
export type LedgerFlow = { kind: LedgerFlowKind; date: Date; amountBase: Prisma.Decimal };

/** The latest valuation of what is still held. */
export type LatestNav = { date: Date; value: Prisma.Decimal };

export type FlowSummary = {
  paidIn: Prisma.Decimal;
  fees: Prisma.Decimal;
  distributed: Prisma.Decimal;
  nav: Prisma.Decimal;
  grossMultiples: Multiples;
  netMultiples: Multiples;
  grossIrr: XirrResult;
  netIrr: XirrResult;
};

const ROLE: Record<LedgerFlowKind, "paid_in" | "fee" | "distributed"> = {
  capital_call: "paid_in",
  fee: "fee",
  distribution_income: "distributed",
  distribution_return_of_capital: "distributed",
  exit_proceeds: "distributed",
};

/**
 * The metrics of one holding (its ledger and NAV) or one portfolio (all its holdings' ledgers and
 * their summed NAV), gross and net of fees. Gross leaves fees out, both from paid-in and from the
 * IRR's flows: the return of the investments themselves. Net counts fees as money paid in: the
 * investor's return.
 *
 * The IRR treats the NAV as if everything still held were sold at that value on the NAV's date: a
 * final positive flow then (negative if liabilities exceed assets). This is the standard "as-of
 * NAV" IRR of fund reporting (an interim IRR); it is only as current as the NAV, so a NAV older
 * than the latest flows understates or overstates it. Sums stay in exact decimals; amounts become
 * numbers only to feed xirr, whose rate is a float anyway.
 */
export function summarizeFlows(entries: readonly LedgerFlow[], latestNav: LatestNav | null): FlowSummary {
  let paidIn = new Prisma.Decimal(0);
  let fees = new Prisma.Decimal(0);
  let distributed = new Prisma.Decimal(0);
  const grossFlows: XirrFlow[] = [];
  const netFlows: XirrFlow[] = [];
  for (const entry of entries) {
    const amount = entry.amountBase.toNumber();
    switch (ROLE[entry.kind]) {
      case "paid_in":
        paidIn = paidIn.plus(entry.amountBase);
        grossFlows.push({ date: entry.date, amount: -amount });
        netFlows.push({ date: entry.date, amount: -amount });
        break;
      case "fee":
        fees = fees.plus(entry.amountBase);
        netFlows.push({ date: entry.date, amount: -amount });
        break;
      case "distributed":
        distributed = distributed.plus(entry.amountBase);
        grossFlows.push({ date: entry.date, amount });
        netFlows.push({ date: entry.date, amount });
        break;
    }
  }
  const nav = latestNav?.value ?? new Prisma.Decimal(0);
  if (latestNav) {
    const asOf = { date: latestNav.date, amount: latestNav.value.toNumber() };
    grossFlows.push(asOf);
    netFlows.push(asOf);
  }
  return {
    paidIn,
    fees,
    distributed,
    nav,
    grossMultiples: computeMultiples({ paidIn, distributed, nav }),
    netMultiples: computeMultiples({ paidIn: paidIn.plus(fees), distributed, nav }),
    grossIrr: xirr(grossFlows),
    netIrr: xirr(netFlows),
  };
}
