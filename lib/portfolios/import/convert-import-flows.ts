import { db } from "@/lib/db/client";
import { convertAmountText } from "@/lib/fx/fx-decimal";
import { FX_BASE, type FxTable, resolveConversion } from "@/lib/fx/fx-table";
import { loadFxTable } from "@/lib/fx/load-fx-table";
import type { FlowConversion } from "../convert-flow-to-base";

export type FlowToConvert = { amount: string; from: string; to: string; day: string };

/**
 * Each flow in the portfolio's currency by the rule convertAmount follows (convertAmountWith), with
 * one rate table per day for the whole file instead of a lookup per row. A missing rate is named.
 */
export async function convertImportFlows(flows: readonly FlowToConvert[]): Promise<(FlowConversion | { missing: string })[]> {
  const currenciesByDay = new Map<string, Set<string>>();
  for (const flow of flows) {
    const set = currenciesByDay.get(flow.day) ?? new Set<string>();
    currenciesByDay.set(flow.day, set.add(flow.from).add(flow.to));
  }
  const tables = new Map<string, FxTable>();
  for (const [day, currencies] of currenciesByDay) tables.set(day, await loadFxTable(db, new Date(`${day}T00:00:00Z`), currencies));
  return flows.map((flow) => {
    const table = tables.get(flow.day)!;
    const conversion = resolveConversion(table, flow.from, flow.to);
    if (conversion === null) return { amountBase: convertAmountText(flow.amount, "1", "1"), fxRate: "1.00000000", fxRateDate: table.onDate, fxSource: "identity" };
    if ("missing" in conversion) return { missing: `No ${flow.from}→${flow.to} rate on or before ${flow.day} (${conversion.missing}).` };
    const rateOf = (currency: string) => (currency === FX_BASE ? "1" : table.quotes.get(currency)!.rate);
    return {
      amountBase: convertAmountText(flow.amount, rateOf(flow.from), rateOf(flow.to)),
      fxRate: conversion.rate,
      fxRateDate: conversion.rateDate,
      fxSource: conversion.source,
    };
  });
}
