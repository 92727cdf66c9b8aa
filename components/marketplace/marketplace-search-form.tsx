"use client";

import Form from "next/form";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { MARKETPLACE_PARAMS, MARKETPLACE_SEARCH_MAX_CHARS, type MarketplaceSort } from "@/lib/marketplace/marketplace-query";
import { HiddenInputs } from "./hidden-params";

const SORT_LABELS: Record<MarketplaceSort, string> = {
  relevance: "Relevance",
  newest: "Newest first",
  score: "Highest signal score",
  investment_asc: "Smallest raise",
  investment_desc: "Largest raise",
  capacity_desc: "Largest capacity",
  match: "Best fit for my mandates",
};

/**
 * Text search and sort as a GET form: every filter stays in the URL (carried as hidden inputs),
 * a new search starts from page 1, and it works before the page's JavaScript has loaded.
 */
export function MarketplaceSearchForm({ q, sort, fits, hidden }: { q: string; sort: MarketplaceSort; fits: boolean; hidden: [string, string][] }) {
  const sorts = (Object.keys(SORT_LABELS) as MarketplaceSort[]).filter((s) => s !== "match" || fits);
  return (
    <Form action="/marketplace" role="search" aria-label="Search the marketplace" className="flex flex-col gap-3 sm:flex-row sm:items-center">
      <HiddenInputs pairs={hidden} />
      <div className="relative w-full sm:max-w-md">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          key={q}
          type="search"
          name={MARKETPLACE_PARAMS.q}
          aria-label="Search projects"
          placeholder="Search name, description and region"
          className="pl-9"
          defaultValue={q}
          maxLength={MARKETPLACE_SEARCH_MAX_CHARS * 50}
        />
      </div>
      <Button type="submit" variant="outline">
        Search
      </Button>
      <label className="flex items-center gap-2 text-sm text-muted-foreground sm:ml-auto">
        <span>Sort</span>
        <NativeSelect name={MARKETPLACE_PARAMS.sort} defaultValue={sort} key={sort} className="w-56" onChange={(event) => event.currentTarget.form?.requestSubmit()}>
          {sorts.map((value) => (
            <option key={value} value={value}>
              {SORT_LABELS[value]}
            </option>
          ))}
        </NativeSelect>
      </label>
    </Form>
  );
}
