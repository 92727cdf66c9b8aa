import "server-only";
import { db } from "@/lib/db/client";
import { type ConvertedAmount, convertAmountWith } from "./convert-amount-with";

export type { ConvertedAmount };

/**
 * `amount` of `from` in `to` at the ECB rate in force on `onDate` (see FX_MAX_AGE_DAYS), exact to
 * 4 places; a missing rate is named, never guessed. Same currency: the amount itself at rate 1.
 */
export async function convertAmount(amount: string, from: string, to: string, onDate: Date): Promise<ConvertedAmount | { missing: string }> {
  return convertAmountWith(db, amount, from, to, onDate);
}
