import type { FxConversion } from "@/lib/fx/fx-table";
import { compactAmount } from "./describe-words";
import type { DimensionResult } from "./score-fit-dimensions";

/**
 * 100 inside [min, max]; above the maximum, the share of the need the maximum ticket covers;
 * below the minimum, the need as a share of the minimum ticket. No bounds: 100. A need that could
 * not be converted (NaN) scores 0.
 */
export function dealSizeScore(need: number, min: number | null, max: number | null): number {
  if (Number.isNaN(need)) return 0;
  if (max !== null && need > max) return Math.round((100 * max) / need);
  if (min !== null && need < min) return min > 0 ? Math.round((100 * Math.max(need, 0)) / min) : 100;
  return 100;
}

/** The need in the mandate's currency: both the bulk pass and the breakdown compute it this way. */
export function needInMandateCurrency(totalInvestmentRequired: string, conversion: FxConversion | null): number {
  const amount = Number(totalInvestmentRequired);
  return conversion ? amount * conversion.factor : amount;
}

function ticketText(min: number | null, max: number | null, currency: string): string {
  if (min !== null && max !== null) return `the ${compactAmount(min, currency)} to ${compactAmount(max, currency).slice(currency.length + 1)} ticket`;
  if (min !== null) return `the ticket of at least ${compactAmount(min, currency)}`;
  return `the ticket of at most ${compactAmount(max ?? 0, currency)}`;
}

export type DealSizeInput = {
  totalInvestmentRequired: string;
  projectCurrency: string;
  mandateCurrency: string;
  ticketSizeMin: string | null;
  ticketSizeMax: string | null;
  conversion: FxConversion | { missing: string } | null;
};

export function scoreDealSize(input: DealSizeInput): DimensionResult {
  const { conversion, mandateCurrency: currency } = input;
  if (conversion && "missing" in conversion) {
    const need = compactAmount(Number(input.totalInvestmentRequired), input.projectCurrency);
    const missing = conversion.missing.charAt(0).toLowerCase() + conversion.missing.slice(1);
    return { score: 0, reason: `The ${need} need cannot be compared with the ${currency} ticket: ${missing}.` };
  }
  const min = input.ticketSizeMin === null ? null : Number(input.ticketSizeMin);
  const max = input.ticketSizeMax === null ? null : Number(input.ticketSizeMax);
  const need = needInMandateCurrency(input.totalInvestmentRequired, conversion);
  const score = dealSizeScore(need, min, max);
  const converted = conversion ? ` (${compactAmount(need, currency)} at the ECB rate of ${conversion.rateDate})` : "";
  const needText = `The ${compactAmount(Number(input.totalInvestmentRequired), input.projectCurrency)} need${converted}`;
  if (min === null && max === null) return { score, reason: `${needText} meets a mandate with no ticket range.` };
  if (max !== null && need > max) {
    return { score, reason: `${needText} is above the ${compactAmount(max, currency)} maximum ticket: the ticket covers ${score}%.` };
  }
  if (min !== null && need < min) {
    return { score, reason: `${needText} is below the ${compactAmount(min, currency)} minimum ticket: ${score}% of it.` };
  }
  return { score, reason: `${needText} is within ${ticketText(min, max, currency)}.` };
}
