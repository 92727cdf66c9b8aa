import "server-only";
import countries from "i18n-iso-countries";
import { Prisma } from "@/lib/db/generated/client";
import { PROJECT_STAGES, PROJECT_TYPES } from "@/lib/projects/project-options";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import type { CurrencyBoundsRow, FacetCountRow } from "./marketplace-search-rows";
import type { MarketplaceQuery, MarketplaceRange } from "./marketplace-query";
import type { FacetKey } from "./marketplace-where-sql";

export type FacetValue = { value: string; label: string; count: number; selected: boolean };
export type MarketplaceFacets = Record<FacetKey, FacetValue[]>;
export type MarketplaceBounds = { capacityMw: MarketplaceRange; investmentUsd: MarketplaceRange; score: MarketplaceRange };

const stageLabel = (stage: string) => stage.charAt(0) + stage.slice(1).toLowerCase();
const countryLabel = (code: string) => countries.getName(code, "en") ?? code;
let currencyNames: Intl.DisplayNames | undefined;
const currencyLabel = (code: string) => (currencyNames ??= new Intl.DisplayNames(["en"], { type: "currency" })).of(code) ?? code;

const SELECTED_FIELD = { type: "types", stage: "stages", country: "countries", currency: "currencies" } as const satisfies Record<FacetKey, keyof MarketplaceQuery>;
const COUNT_COLUMN = { type: "type_count", stage: "stage_count", country: "country_count", currency: "currency_count" } as const;

/**
 * The facet lists. Type and stage list their whole (short, fixed) vocabulary in its own order,
 * zero counts included; country and currency list the values found, most projects first, and a
 * picked value with no project left still shows (count 0) so it can be unpicked.
 */
export function toMarketplaceFacets(rows: FacetCountRow[], query: MarketplaceQuery): MarketplaceFacets {
  const facet = (key: FacetKey, vocabulary: readonly string[] | null, label: (value: string) => string): FacetValue[] => {
    const selected = new Set<string>(query[SELECTED_FIELD[key]]);
    const counts = new Map<string, number>();
    for (const row of rows) {
      const value = row[key];
      if (value !== null) counts.set(value, row[COUNT_COLUMN[key]]);
    }
    const values = vocabulary ?? [...new Set([...counts.keys()].filter((value) => (counts.get(value) ?? 0) > 0).concat([...selected]))];
    const list = values.map((value) => ({ value, label: label(value), count: counts.get(value) ?? 0, selected: selected.has(value) }));
    return vocabulary ? list : list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "en"));
  };
  return {
    type: facet("type", PROJECT_TYPES, projectTypeLabel),
    stage: facet("stage", PROJECT_STAGES, stageLabel),
    country: facet("country", null, countryLabel),
    currency: facet("currency", null, currencyLabel),
  };
}

/** The currency groups partition the rows: their matches add up to the total. */
export function countMatches(rows: FacetCountRow[]): number {
  return rows.reduce((sum, row) => sum + (row.currency === null ? 0 : row.matches), 0);
}

function span(values: (number | null)[]): MarketplaceRange {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? { min: null, max: null } : { min: Math.min(...present), max: Math.max(...present) };
}

/** Range bounds; investment in whole USD, each currency's extremes converted (a positive factor keeps the order), unrated currencies left out. */
export function toMarketplaceBounds(rows: CurrencyBoundsRow[], usdFactors: Map<string, Prisma.Decimal>): MarketplaceBounds {
  let min: Prisma.Decimal | null = null;
  let max: Prisma.Decimal | null = null;
  for (const row of rows) {
    const factor = usdFactors.get(row.currency);
    if (!factor || row.investment_min === null || row.investment_max === null) continue;
    const low = new Prisma.Decimal(row.investment_min).mul(factor);
    const high = new Prisma.Decimal(row.investment_max).mul(factor);
    if (min === null || low.lt(min)) min = low;
    if (max === null || high.gt(max)) max = high;
  }
  return {
    capacityMw: span(rows.flatMap((row) => [row.capacity_min, row.capacity_max])),
    investmentUsd: { min: min?.floor().toNumber() ?? null, max: max?.ceil().toNumber() ?? null },
    score: span(rows.flatMap((row) => [row.score_min, row.score_max])),
  };
}

/** Currencies with no rate whose listings the investment range left out (they would match otherwise). */
export function unratedCurrencies(rows: CurrencyBoundsRow[], usdFactors: Map<string, Prisma.Decimal>): string[] {
  return rows
    .filter((row) => !usdFactors.has(row.currency) && row.matches_any_investment > 0)
    .map((row) => row.currency)
    .sort();
}
