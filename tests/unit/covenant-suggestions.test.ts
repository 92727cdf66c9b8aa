import { describe, expect, it } from "vitest";
import { covenantDraftHref } from "@/lib/covenants/covenant-draft-href";
import { parseCovenantDraft } from "@/lib/covenants/parse-covenant-draft";
import { suggestCovenant } from "@/lib/covenants/suggest-covenant";

describe("covenants drafted from screening risks and memo assumptions", () => {
  it("picks the metric, the safe side and a level written beside it; keeps the sentence as the note", () => {
    expect(suggestCovenant("Lenders require a minimum DSCR of 1.25x from COD [4].")).toEqual({
      name: "DSCR >= 1.25x",
      metricName: "dscr",
      operator: ">=",
      thresholdBreach: "1.25",
      notes: "Lenders require a minimum DSCR of 1.25x from COD.",
    });
    expect(suggestCovenant("Senior debt 70% (USD 29.05m, 15-year tenor)")).toMatchObject({ metricName: "gearing_pct", operator: "<=", thresholdBreach: "70" });
    expect(suggestCovenant("Curtailment above 2% of annual P50 energy is compensated [7].")).toMatchObject({
      metricName: "generation_mwh",
      operator: ">=",
      thresholdBreach: undefined,
      name: "Net generation >= …",
    });
    const plain = suggestCovenant("Land title for two parcels is still contested.");
    expect(plain).toEqual({
      name: "Land title for two parcels is still contested.",
      metricName: undefined,
      operator: undefined,
      thresholdBreach: undefined,
      notes: plain.notes,
    });
  });

  it("travels in a link to the holding's form and is read back as the same draft", () => {
    const draft = suggestCovenant("Availability below 97% triggers liquidated damages.");
    const href = covenantDraftHref({ id: "h1", portfolioId: "p1" }, draft);
    expect(href).toMatch(/^\/portfolios\/p1\/holdings\/h1\?.*#set-covenant$/);
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseCovenantDraft(params)).toEqual({ ...draft });
    expect(parseCovenantDraft({ covenantOperator: ">>", covenantName: ["a", "b"] })).toEqual({
      name: undefined,
      metricName: undefined,
      operator: undefined,
      thresholdBreach: undefined,
      notes: undefined,
    });
  });
});
