import type { Tx } from "@/lib/db/create-db-client";
import { convertAmountText } from "./fx-decimal";
import { FX_BASE, resolveConversion } from "./fx-table";
import { loadFxTable } from "./load-fx-table";

export type ConvertedAmount = { amount: string; rate: string; rateDate: string; source: string };

/**
 * convertAmount on a given client, so the seed converts demo flows exactly as the app does (the
 * seed has its own client and cannot import the server-only one).
 */
export async function convertAmountWith(client: Tx, amount: string, from: string, to: string, onDate: Date): Promise<ConvertedAmount | { missing: string }> {
  const table = await loadFxTable(client, onDate, [from, to]);
  const conversion = resolveConversion(table, from, to);
  if (conversion === null) return { amount: convertAmountText(amount, "1", "1"), rate: "1.00000000", rateDate: table.onDate, source: "identity" };
  if ("missing" in conversion) return conversion;
  const rateOf = (currency: string) => (currency === FX_BASE ? "1" : table.quotes.get(currency)!.rate);
  return { amount: convertAmountText(amount, rateOf(from), rateOf(to)), rate: conversion.rate, rateDate: conversion.rateDate, source: conversion.source };
}
