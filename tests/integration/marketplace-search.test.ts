import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";
import { DEFAULT_MARKETPLACE_QUERY, type MarketplaceQuery, parseMarketplaceQuery } from "@/lib/marketplace/marketplace-query";
import { SNIPPET_START, SNIPPET_STOP } from "@/lib/marketplace/marketplace-search-rows";
import { type MarketplacePage, searchMarketplace } from "@/lib/marketplace/search-marketplace";
import { unpublishProject } from "@/lib/projects/publish-project";
import { createInvestorMandate, createMatch } from "@/prisma/factories";
import { createTenant, createTenantProject, db } from "../support/test-db";

/**
 * The marketplace lists every org's published projects, and other test files publish too: each
 * test tags its projects with a made-up word and searches for it, so counts are its own.
 */
const tag = () => Array.from({ length: 12 }, () => "bcdfghjklmnpqrstvwxz"[Math.floor(Math.random() * 20)]).join("");
const search = (tenant: Actor, patch: Partial<MarketplaceQuery>) => searchMarketplace(tenant, { ...DEFAULT_MARKETPLACE_QUERY, ...patch });
const names = (page: MarketplacePage) => page.rows.map((row) => row.name);
const counts = (page: MarketplacePage, facet: keyof MarketplacePage["facets"]) =>
  Object.fromEntries(page.facets[facet].filter((value) => value.count > 0 || value.selected).map((value) => [value.value, [value.count, value.selected]]));

async function listed(actor: Actor, word: string, overrides: Parameters<typeof createTenantProject>[1]) {
  return createTenantProject(actor, { isPublished: true, description: `A project about ${word}.`, ...overrides });
}

describe("searchMarketplace facets", () => {
  it("counts each facet with every filter but its own: picked values widen their facet, and narrow the others", async () => {
    const ally = await createTenant();
    const investor = await createTenant({ type: "INVESTOR" });
    const word = tag();
    await listed(ally, word, { name: "Turkana Solar", projectType: "SOLAR", country: "KE", stage: "DEVELOPMENT" });
    await listed(ally, word, { name: "Gulu Solar", projectType: "SOLAR", country: "UG", stage: "CONSTRUCTION" });
    await listed(ally, word, { name: "Marsabit Wind", projectType: "WIND", country: "KE", stage: "DEVELOPMENT" });
    await listed(ally, word, { name: "Ngong Wind", projectType: "WIND", country: "KE", stage: "CONCEPT" });
    await listed(ally, word, { name: "Rufiji Hydro", projectType: "HYDRO", country: "TZ", stage: "DEVELOPMENT" });

    const all = await search(investor, { q: word });
    expect(all.total).toBe(5);
    expect(counts(all, "type")).toEqual({ SOLAR: [2, false], WIND: [2, false], HYDRO: [1, false] });
    expect(all.facets.type.map((value) => value.value).slice(0, 3)).toEqual(["SOLAR", "WIND", "STORAGE"]);

    const solar = await search(investor, { q: word, types: ["SOLAR"] });
    expect(solar.total).toBe(2);
    expect(counts(solar, "type")).toEqual({ SOLAR: [2, true], WIND: [2, false], HYDRO: [1, false] });
    expect(counts(solar, "country")).toEqual({ KE: [1, false], UG: [1, false] });
    expect(counts(solar, "stage")).toEqual({ DEVELOPMENT: [1, false], CONSTRUCTION: [1, false] });

    const solarInKenya = await search(investor, { q: word, types: ["SOLAR"], countries: ["KE", "BR"] });
    expect(names(solarInKenya)).toEqual(["Turkana Solar"]);
    expect(counts(solarInKenya, "type")).toEqual({ SOLAR: [1, true], WIND: [2, false] });
    expect(counts(solarInKenya, "country")).toEqual({ KE: [1, true], UG: [1, false], BR: [0, true] });
    expect(solarInKenya.facets.country.find((value) => value.value === "KE")?.label).toBe("Kenya");
    expect(solarInKenya.facets.type.find((value) => value.value === "SOLAR")?.label).toBe("Solar");
  });

  it("drops facet values that do not exist, and says so", async () => {
    const investor = await createTenant({ type: "INVESTOR" });
    const { query, notices } = parseMarketplaceQuery({ type: ["FOO", "SOLAR"], country: ["ZZ", "Kenya"] });
    expect(query.types).toEqual(["SOLAR"]);
    expect(notices).toEqual(['Unknown project type "FOO" was ignored.', 'Unknown country "Kenya" was ignored.']);
    const page = await searchMarketplace(investor, { ...query, q: tag() });
    expect(page.notices).toEqual(['Unknown country "ZZ" was ignored.']);
    expect(page.facets.country).toEqual([]);
    expect(page.total).toBe(0);
  });
});

describe("searchMarketplace text search", () => {
  it("ranks a match in the name above the region above the description, with the words found as segments", async () => {
    const ally = await createTenant();
    const investor = await createTenant({ type: "INVESTOR" });
    const word = tag();
    await createTenantProject(ally, {
      isPublished: true,
      name: "In the description",
      // Wallis and Futuna is this test's alone, to find the project again without a search.
      country: "WF",
      description: `Mini-grid <img src=x onerror=alert(1)> near ${word} town, with storage.`,
    });
    await createTenantProject(ally, { isPublished: true, name: `${word} in the name` });
    await createTenantProject(ally, { isPublished: true, name: "In the region", region: `${word} county` });
    const page = await search(investor, { q: word });
    expect(names(page)).toEqual([`${word} in the name`, "In the region", "In the description"]);

    const snippet = page.rows[2].snippet!;
    expect(snippet.filter((segment) => segment.hit).map((segment) => segment.text)).toEqual([word]);
    expect(snippet.map((segment) => segment.text).join("")).toContain("<img src=x onerror=alert(1)>");
    expect(snippet.some((segment) => segment.text.includes(SNIPPET_START) || segment.text.includes(SNIPPET_STOP))).toBe(false);
    // Without a search, a card shows the description's opening, nothing marked.
    const unsearched = await search(investor, { countries: ["WF"] });
    expect(unsearched.rows.every((row) => row.snippet?.every((segment) => !segment.hit))).toBe(true);
    const described = unsearched.rows.find((row) => row.name === "In the description");
    expect(described?.snippet?.map((segment) => segment.text).join("")).toBe(`Mini-grid <img src=x onerror=alert(1)> near ${word} town, with storage.`);
  });

  it("takes quotes, operators and tsquery syntax as words, and explains a search with nothing to look for", async () => {
    const ally = await createTenant();
    const investor = await createTenant({ type: "INVESTOR" });
    const word = tag();
    await listed(ally, word, { name: "Syntax solar", description: `Floating ${word} array on the reservoir.` });
    for (const q of [`"${word}`, `${word} & | ! :* ( ) <->`, `'${word}':*`, `"floating ${word}"`, `\\${word}`]) {
      expect(names(await search(investor, { q })), q).toEqual(["Syntax solar"]);
    }
    expect((await search(investor, { q: `"${word} floating"` })).total).toBe(0);
    expect((await search(investor, { q: `${word} -floating` })).total).toBe(0);
    expect((await search(investor, { q: `${word} OR ${tag()}` })).total).toBe(1);

    const stopWords = await search(investor, { q: "the of and !!" });
    expect(stopWords.notices).toEqual(['The search "the of and !!" has no words to look for (only common words or symbols): showing every project.']);
    expect(stopWords.total).toBeGreaterThan(0);
    expect(stopWords.rows.every((row) => row.snippet?.every((segment) => !segment.hit))).toBe(true);
  });

  it("answers 10 kB of text with a cut search and a notice, not an error", async () => {
    const investor = await createTenant({ type: "INVESTOR" });
    const { query, notices } = parseMarketplaceQuery({ q: `${tag()} ${"solar wind 'quote' \"phrase & | ! ".repeat(400)}` });
    expect(notices).toEqual(["The search was cut to 200 characters."]);
    const page = await searchMarketplace(investor, query);
    expect(page.total).toBe(0);
    expect(page.rows).toEqual([]);
  });
});

/** USD per EUR as the marketplace will read it: the latest rate, or one this test adds when there is none. */
async function usdRate(): Promise<{ rate: Prisma.Decimal; date: string }> {
  const latest = await db.fxRate.findFirst({ where: { base: "EUR", currency: "USD" }, orderBy: { rateDate: "desc" } });
  if (latest) return { rate: latest.rate, date: latest.rateDate.toISOString().slice(0, 10) };
  const row = await db.fxRate.upsert({
    where: { base_currency_rateDate: { base: "EUR", currency: "USD", rateDate: new Date("2001-01-02") } },
    update: {},
    create: { base: "EUR", currency: "USD", rateDate: new Date("2001-01-02"), rate: "1.25", source: "test" },
  });
  return { rate: row.rate, date: "2001-01-02" };
}

describe("searchMarketplace ranges", () => {
  it("compares investment in USD at the latest rates, names a currency without one, and bounds the rated", async () => {
    const ally = await createTenant();
    const investor = await createTenant({ type: "INVESTOR" });
    const word = tag();
    const usd = await usdRate();
    // Four dirhams to the dollar, whatever the dollar's rate: 8,000,000 AED is 2,000,000 USD.
    const aed = usd.rate.mul(4).toDecimalPlaces(8);
    await db.fxRate.upsert({
      where: { base_currency_rateDate: { base: "EUR", currency: "AED", rateDate: new Date("2001-01-02") } },
      update: { rate: aed },
      create: { base: "EUR", currency: "AED", rateDate: new Date("2001-01-02"), rate: aed, source: "test" },
    });
    await listed(ally, word, { name: "Dollars", currency: "USD", totalInvestmentRequired: "1000000", capacityMw: "10" });
    await listed(ally, word, { name: "Dirhams", currency: "AED", totalInvestmentRequired: "8000000", capacityMw: "40" });
    await listed(ally, word, { name: "Euros", currency: "EUR", totalInvestmentRequired: "1000000", capacityMw: "80" });
    await listed(ally, word, { name: "Ngultrum", currency: "BTN", totalInvestmentRequired: "5000000" });

    const ranged = await search(investor, { q: word, investmentUsd: { min: 1_500_000, max: 2_500_000 } });
    expect(names(ranged)).toEqual(["Dirhams"]);
    expect(ranged.rows[0].investmentUsd).toBe("2000000");
    expect(ranged.notices).toEqual(["No USD exchange rate is loaded for BTN: its projects are left out of the investment range."]);
    expect(ranged.fxRateDate).toBe(usd.date);
    expect(ranged.bounds.investmentUsd).toEqual({ min: Math.min(1_000_000, usd.rate.mul(1_000_000).floor().toNumber()), max: 2_000_000 });
    expect(ranged.bounds.capacityMw).toEqual({ min: 10, max: 80 });

    const euros = usd.rate.mul(1_000_000);
    const biggestFirst = await search(investor, { q: word, sort: "investment_desc" });
    const byUsd = [
      ["Dirhams", "2000000"],
      ["Euros", euros.toFixed(0)],
      ["Dollars", "1000000"],
    ].sort((a, b) => Number(b[1]) - Number(a[1]));
    expect(biggestFirst.rows.map((row) => [row.name, row.investmentUsd])).toEqual([...byUsd, ["Ngultrum", null]]);
    expect(biggestFirst.notices).toEqual(["No USD exchange rate is loaded for BTN: its projects come after the others in this order."]);

    const capacity = await search(investor, { q: word, capacityMw: { min: 20, max: 100 }, sort: "capacity_desc" });
    expect(names(capacity)).toEqual(["Euros", "Dirhams"]);
    expect(counts(capacity, "currency")).toEqual({ AED: [1, false], EUR: [1, false] });
  });

  it("filters and sorts by the latest completed signal score", async () => {
    const ally = await createTenant();
    const investor = await createTenant({ type: "INVESTOR" });
    const word = tag();
    const scored = async (name: string, score: string | null) => {
      const project = await listed(ally, word, { name });
      if (score) await db.signalScore.create({ data: { orgId: ally.org.id, projectId: project.id, overallScore: score, status: "COMPLETED" } });
    };
    await scored("Strong", "81.50");
    await scored("Middling", "55.00");
    await scored("Unscored", null);
    expect(names(await search(investor, { q: word, sort: "score" }))).toEqual(["Strong", "Middling", "Unscored"]);
    const ranged = await search(investor, { q: word, score: { min: 60, max: null } });
    expect(ranged.rows.map((row) => [row.name, row.signalScore])).toEqual([["Strong", 81.5]]);
    expect(ranged.bounds.score).toEqual({ min: 55, max: 81.5 });
  });
});

describe("searchMarketplace listings", () => {
  it("lists published, active projects of every org and nothing else: unpublishing takes a project off at once", async () => {
    const ally = await createTenant();
    const investor = await createTenant({ type: "INVESTOR" });
    const word = tag();
    const published = await listed(ally, word, { name: "Published", region: "Lodwar", coordinates: { lat: 3.1191, lng: 35.5973 } });
    await listed(ally, word, { name: "Draft", isPublished: false });
    await listed(ally, word, { name: "Archived", status: "ARCHIVED" });
    await listed(ally, word, { name: "Suspended", status: "SUSPENDED" });

    const page = await search(investor, { q: word });
    expect(page.rows).toEqual([
      expect.objectContaining({
        projectId: published.id,
        name: "Published",
        orgName: ally.org.name,
        region: "Lodwar",
        coordinates: { lat: 3.1191, lng: 35.5973 },
        totalInvestmentRequired: "1000000.0000",
        matchScore: null,
      }),
    ]);

    await unpublishProject(ally, published.id);
    expect((await search(investor, { q: word })).total).toBe(0);
    await db.project.update({ where: { id: published.id }, data: { isPublished: true } });
    expect(names(await search(investor, { q: word }))).toEqual(["Published"]);
  });

  it("answers a page past the end with the last page, and pages without repeats", async () => {
    const ally = await createTenant();
    const investor = await createTenant({ type: "INVESTOR" });
    const word = tag();
    const start = Date.UTC(2026, 0, 1);
    await db.project.createMany({
      data: Array.from({ length: 26 }, (_, index) => ({
        orgId: ally.org.id,
        name: `Paged ${index}`,
        slug: `paged-${word}-${index}`,
        description: `About ${word}.`,
        projectType: "SOLAR" as const,
        status: "ACTIVE" as const,
        geographyCountry: "KE",
        geographyRegion: "Nairobi",
        totalInvestmentRequired: "1000000",
        currency: "USD",
        isPublished: true,
        // Three share each instant: the project id must break the tie the same way on every page.
        publishedAt: new Date(start + Math.floor(index / 3) * 60_000),
      })),
    });
    const first = await search(investor, { q: word, sort: "newest" });
    const second = await search(investor, { q: word, sort: "newest", page: 2 });
    expect([first.total, first.pageCount, first.rows.length, second.rows.length]).toEqual([26, 2, 24, 2]);
    expect(new Set([...names(first), ...names(second)]).size).toBe(26);
    expect(first.rows[0].publishedAt >= first.rows[23].publishedAt).toBe(true);

    const past = await search(investor, { q: word, sort: "newest", page: 9 });
    expect([past.page, names(past)]).toEqual([2, names(second)]);
    const nothing = await search(investor, { q: tag(), page: 3 });
    expect([nothing.page, nothing.pageCount, nothing.rows]).toEqual([1, 1, []]);
  });
});

describe("searchMarketplace fits my mandates", () => {
  it("keeps projects an active mandate of the org matches at 50 or more, best match first; other orgs' matches count for nothing", async () => {
    const ally = await createTenant();
    const investor = await createTenant({ type: "INVESTOR" });
    const rival = await createTenant({ type: "INVESTOR" });
    const word = tag();
    const mandate = await createInvestorMandate(db, { orgId: investor.org.id });
    const second = await createInvestorMandate(db, { orgId: investor.org.id });
    const paused = await db.investorMandate.update({ where: { id: (await createInvestorMandate(db, { orgId: investor.org.id })).id }, data: { isActive: false } });
    const rivalMandate = await createInvestorMandate(db, { orgId: rival.org.id });
    const project = (name: string) => listed(ally, word, { name });
    const [good, better, weak, onPaused, declined, unmatched] = await Promise.all(
      ["Good", "Better", "Weak", "On paused", "Declined", "Unmatched"].map((name) => project(name)),
    );
    const match = (projectId: string, mandateId: string, overallScore: number, status?: "DECLINED") =>
      createMatch(db, { investorOrgId: investor.org.id, projectId, mandateId, overallScore, status });
    await match(good.id, mandate.id, 62);
    await match(better.id, mandate.id, 70);
    await match(better.id, second.id, 88);
    await match(weak.id, mandate.id, 45);
    await match(onPaused.id, paused.id, 95);
    await match(declined.id, mandate.id, 97, "DECLINED");
    await createMatch(db, { investorOrgId: rival.org.id, projectId: unmatched.id, mandateId: rivalMandate.id, overallScore: 99 });

    const fits = await search(investor, { q: word, fits: true, sort: "match" });
    expect(fits.rows.map((row) => [row.name, row.matchScore])).toEqual([
      ["Better", 88],
      ["Good", 62],
    ]);
    expect(fits.notices).toEqual([]);

    const everything = await search(investor, { q: word, sort: "newest" });
    expect(Object.fromEntries(everything.rows.map((row) => [row.name, row.matchScore]))).toEqual({
      Good: 62,
      Better: 88,
      Weak: 45,
      "On paused": null,
      Declined: null,
      Unmatched: null,
    });
    const asRival = await search(rival, { q: word, fits: true });
    expect(asRival.rows.map((row) => [row.name, row.matchScore])).toEqual([["Unmatched", 99]]);

    const withoutFits = await search(investor, { q: word, sort: "match" });
    expect(withoutFits.notices).toEqual(['Sorting by best match needs "Fits my mandates": sorted by relevance instead.']);
    expect(withoutFits.total).toBe(6);
  });
});
