import { describe, expect, it } from "vitest";
import { DEFAULT_MARKETPLACE_QUERY, type MarketplaceQuery, marketplaceHref, parseMarketplaceQuery } from "@/lib/marketplace/marketplace-query";

/** The URL's parameters as a Next page receives them: repeated keys become arrays. */
function paramsOf(href: string): Record<string, string | string[]> {
  const search = new URL(href, "https://scr.test").searchParams;
  return Object.fromEntries([...new Set(search.keys())].map((key) => [key, search.getAll(key).length > 1 ? search.getAll(key) : search.get(key)!]));
}

describe("parseMarketplaceQuery", () => {
  it("reads an empty URL as the defaults, with nothing to explain", () => {
    expect(parseMarketplaceQuery({})).toEqual({ query: DEFAULT_MARKETPLACE_QUERY, notices: [] });
  });

  it("takes repeated keys and comma lists, in any case, once each; unknown values are dropped and named", () => {
    const { query, notices } = parseMarketplaceQuery({
      type: ["solar", "WIND,FOO", "Solar"],
      stage: "development",
      country: ["ke", "KEN", "ug"],
      currency: ["usd", "ABC"],
    });
    expect(query.types).toEqual(["SOLAR", "WIND"]);
    expect(query.stages).toEqual(["DEVELOPMENT"]);
    expect(query.countries).toEqual(["KE", "UG"]);
    expect(query.currencies).toEqual(["USD"]);
    expect(notices).toEqual(['Unknown project type "FOO" was ignored.', 'Unknown country "KEN" was ignored.', 'Unknown currency "ABC" was ignored.']);
  });

  it("cuts a long search to 200 characters, keeps whole characters and turns control characters into spaces", () => {
    const { query, notices } = parseMarketplaceQuery({ q: `${"é".repeat(199)}😀${"x".repeat(10_000)}` });
    expect(Array.from(query.q)).toHaveLength(200);
    expect(query.q.endsWith("😀")).toBe(true);
    expect(notices).toEqual(["The search was cut to 200 characters."]);
    expect(parseMarketplaceQuery({ q: "  solar\u0000 \t park  " }).query.q).toBe("solar park");
  });

  it("reads ranges: blanks mean no bound, a reversed range is swapped, nonsense is named, scores stop at 100", () => {
    expect(parseMarketplaceQuery({ capacity_min: "", capacity_max: "" })).toEqual({ query: DEFAULT_MARKETPLACE_QUERY, notices: [] });
    const swapped = parseMarketplaceQuery({ capacity_min: "50", capacity_max: "10.5", investment_min: "1,000,000", investment_max: "2500000.6" });
    expect(swapped.query.capacityMw).toEqual({ min: 10.5, max: 50 });
    expect(swapped.query.investmentUsd).toEqual({ min: 1_000_000, max: 2_500_001 });
    expect(swapped.notices).toEqual(["Minimum above maximum: the capacity range was swapped."]);
    const bad = parseMarketplaceQuery({ score_min: "-5", score_max: "120", investment_min: "lots" });
    expect(bad.query.score).toEqual({ min: null, max: 100 });
    expect(bad.query.investmentUsd).toEqual({ min: null, max: null });
    expect(bad.notices).toEqual([
      '"lots" is not a valid minimum investment and was ignored.',
      '"-5" is not a valid minimum signal score and was ignored.',
      "The maximum signal score was lowered to 100, the highest there is.",
    ]);
  });

  it("sorts by best match only with fits my mandates; unknown sorts, views and pages fall back with a notice", () => {
    expect(parseMarketplaceQuery({ sort: "match", fits: "1" }).query).toMatchObject({ sort: "match", fits: true });
    expect(parseMarketplaceQuery({ sort: "match" })).toEqual({
      query: DEFAULT_MARKETPLACE_QUERY,
      notices: ['Sorting by best match needs "Fits my mandates": sorted by newest instead.'],
    });
    expect(parseMarketplaceQuery({ sort: "match", q: "solar" }).notices).toEqual(['Sorting by best match needs "Fits my mandates": sorted by relevance instead.']);
    const odd = parseMarketplaceQuery({ sort: "cheapest", view: "globe", page: "2.5", fits: "maybe" });
    expect(odd.query).toEqual(DEFAULT_MARKETPLACE_QUERY);
    expect(odd.notices).toEqual([
      '"maybe" is not a yes or no: "Fits my mandates" was left off.',
      'Unknown sort "cheapest" was ignored: sorted by newest.',
      'There is no page "2.5": showing page 1.',
      'Unknown view "globe" was ignored: showing cards.',
    ]);
  });
});

describe("marketplaceHref", () => {
  const full: MarketplaceQuery = {
    q: 'solar "mini grid" -diesel',
    types: ["SOLAR", "WIND"],
    stages: ["DEVELOPMENT"],
    countries: ["KE", "UG"],
    currencies: ["USD", "EUR"],
    capacityMw: { min: 0.5, max: 120 },
    investmentUsd: { min: 1_000_000, max: null },
    score: { min: null, max: 80 },
    fits: true,
    sort: "match",
    page: 3,
    view: "map",
  };

  it("writes only what differs from the defaults, multi-values as repeated keys", () => {
    expect(marketplaceHref(DEFAULT_MARKETPLACE_QUERY)).toBe("/marketplace");
    expect(marketplaceHref(DEFAULT_MARKETPLACE_QUERY, { types: ["SOLAR", "WIND"], sort: "newest" })).toBe("/marketplace?type=SOLAR&type=WIND&sort=newest");
  });

  it("goes back to page 1 when a filter changes, unless the patch names the page", () => {
    expect(marketplaceHref(full, { countries: ["KE"] })).not.toContain("page=");
    expect(marketplaceHref(full, { page: 4 })).toContain("page=4");
  });

  it("round-trips: reading the link gives back the query, without notices", () => {
    const href = marketplaceHref(full, { page: full.page });
    expect(parseMarketplaceQuery(paramsOf(href))).toEqual({ query: full, notices: [] });
    expect(parseMarketplaceQuery(paramsOf(marketplaceHref(DEFAULT_MARKETPLACE_QUERY)))).toEqual({ query: DEFAULT_MARKETPLACE_QUERY, notices: [] });
  });
});
