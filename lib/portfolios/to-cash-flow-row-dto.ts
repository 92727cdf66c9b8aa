import type { CashFlowKind } from "./portfolio-constants";
import type { CashFlowRowDto } from "./portfolio-dtos";
import { dayOf } from "./today-iso";

type CashFlowRow = {
  id: string;
  kind: string;
  flowDate: Date;
  amount: { toFixed(places?: number): string };
  amountBase: { toFixed(places?: number): string };
  fxRate: { toFixed(places?: number): string };
  fxRateDate: Date;
  fxSource: string;
  note: string | null;
};

/** A ledger row as the holding page and the API show it: money as 4-place text, days as YYYY-MM-DD. */
export function toCashFlowRowDto(row: CashFlowRow): CashFlowRowDto {
  return {
    id: row.id,
    kind: row.kind as CashFlowKind,
    day: dayOf(row.flowDate),
    amount: row.amount.toFixed(4),
    amountBase: row.amountBase.toFixed(4),
    fxRate: row.fxRate.toFixed(),
    fxRateDate: dayOf(row.fxRateDate),
    fxSource: row.fxSource,
    note: row.note,
  };
}
