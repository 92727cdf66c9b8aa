import "server-only";
import { db } from "@/lib/db/client";
import { convertAmountText } from "./fx-decimal";
import { FX_BASE, resolveConversion } from "./fx-table";
import { loadFxTable } from "./load-fx-table";

export type ConvertedAmount = { amount: string; rate: string; rateDate: string; source: string };

/**
 * `amount` of `from` in `to` at the ECB rate in force on `onDate` (see FX_MAX_AGE_DAYS), exact to
 * 4 places; a missing rate is named, never guessed. Same currency: the amount itself at rate 1.
 */
export async function convertAmount(amount: string, from: string, to: string, onDate: Date): Promise<ConvertedAmount | { missing: string }> {
  const table = await loadFxTable(db, onDate, [from, to]);
  const conversion = resolveConversion(table, from, to);
  if (conversion === null) return { amount: convertAmountText(amount, "1", "1"), rate: "1.00000000", rateDate: table.onDate, source: "identity" };
  if ("missing" in conversion) return conversion;
  const rateOf = (currency: string) => (currency === FX_BASE ? "1" : table.quotes.get(currency)!.rate);
  return { amount: convertAmountText(amount, rateOf(from), rateOf(to)), rate: conversion.rate, rateDate: conversion.rateDate, source: conversion.source };
}
