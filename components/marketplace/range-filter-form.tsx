import Form from "next/form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { MARKETPLACE_PARAMS, type MarketplaceQuery, type MarketplaceRange } from "@/lib/marketplace/marketplace-query";
import type { MarketplacePage } from "@/lib/marketplace/search-marketplace";
import { HiddenInputs, hiddenParams } from "./hidden-params";

type RangeKey = "capacityMw" | "investmentUsd" | "score";
const RANGES: { key: RangeKey; label: string; unit: string; step: string }[] = [
  { key: "capacityMw", label: "Capacity", unit: "MW", step: "any" },
  { key: "investmentUsd", label: "Investment sought", unit: "USD", step: "1" },
  { key: "score", label: "Signal score", unit: "0–100", step: "any" },
];

const shown = (value: number | null) => (value === null ? "" : String(value));
const hint = (bounds: MarketplaceRange) => (bounds.min === null || bounds.max === null ? "" : `${bounds.min.toLocaleString("en")} – ${bounds.max.toLocaleString("en")}`);

/** The three ranges in one GET form; blank means no bound. Investment compares in USD at the latest reference rate. */
export function RangeFilterForm({
  query,
  bounds,
  fxRateDate,
  fxRateStaleDays,
}: {
  query: MarketplaceQuery;
  bounds: MarketplacePage["bounds"];
  fxRateDate: string | null;
  fxRateStaleDays: number | null;
}) {
  const names = RANGES.flatMap((r) => [...MARKETPLACE_PARAMS[r.key]]);
  return (
    <Form action="/marketplace" className="grid gap-3" aria-label="Ranges">
      <HiddenInputs pairs={hiddenParams(query, [...names, MARKETPLACE_PARAMS.page])} />
      {RANGES.map(({ key, label, unit, step }) => {
        const [minName, maxName] = MARKETPLACE_PARAMS[key];
        const range = query[key];
        return (
          <fieldset key={key} className="grid gap-1">
            <legend className="px-2 text-xs font-medium tracking-wide text-muted-foreground uppercase">
              {label} <span className="normal-case">({unit})</span>
            </legend>
            <div className="flex items-center gap-2 px-2">
              <RangeBoundInput name={minName} step={step} value={range.min} bound="minimum" label={label} />
              <span aria-hidden className="text-muted-foreground">
                –
              </span>
              <RangeBoundInput name={maxName} step={step} value={range.max} bound="maximum" label={label} />
            </div>
            {hint(bounds[key]) ? <p className="px-2 text-xs text-muted-foreground">In these results: {hint(bounds[key])}</p> : null}
          </fieldset>
        );
      })}
      <p className="px-2 text-xs text-muted-foreground">
        {fxRateDate
          ? `Amounts in other currencies compare in USD at the ECB reference rate of ${fxRateDate}${
              fxRateStaleDays ? `, ${fxRateStaleDays} days old: indicative only, and match scores do not convert at rates this old` : ""
            }.`
          : "No exchange rates are loaded: investment ranges compare USD projects only."}
      </p>
      <Button type="submit" variant="outline" size="sm" className="mx-2">
        Apply ranges
      </Button>
    </Form>
  );
}

function RangeBoundInput({ name, step, value, bound, label }: { name: string; step: string; value: number | null; bound: "minimum" | "maximum"; label: string }) {
  return (
    <Input
      name={name}
      type="number"
      min={0}
      step={step}
      inputMode="decimal"
      defaultValue={shown(value)}
      placeholder={bound === "minimum" ? "Min" : "Max"}
      aria-label={`${label}, ${bound}`}
      className="h-8"
    />
  );
}
