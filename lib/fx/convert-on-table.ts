import type { ConvertedAmount } from "./convert-amount-with";
import { convertAmountText } from "./fx-decimal";
import { FX_BASE, type FxTable, resolveConversion } from "./fx-table";

/** convertAmountWith's answer from a table already loaded (loadFxTable, or loadFxHistory's tableOn): pure, no query. */
export function convertOnTable(table: FxTable, amount: string, from: string, to: string): ConvertedAmount | { missing: string } {
  const conversion = resolveConversion(table, from, to);
  if (conversion === null) return { amount: convertAmountText(amount, "1", "1"), rate: "1.00000000", rateDate: table.onDate, source: "identity" };
  if ("missing" in conversion) return conversion;
  const rateOf = (currency: string) => (currency === FX_BASE ? "1" : table.quotes.get(currency)!.rate);
  return { amount: convertAmountText(amount, rateOf(from), rateOf(to)), rate: conversion.rate, rateDate: conversion.rateDate, source: conversion.source };
}
