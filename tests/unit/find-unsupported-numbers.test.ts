import { describe, expect, it } from "vitest";
import { findUnsupportedNumbers, memoParagraphs, splitSentences } from "@/lib/investment-memos/find-unsupported-numbers";
import { markdownToSections, sectionsToMarkdown } from "@/lib/investment-memos/memo-sections";

const SOURCES = [
  { n: 1, excerpt: "Total project cost is USD 41.5 million with 70% gearing and a minimum DSCR of 1.32x." },
  { n: 2, excerpt: "The 20-year PPA with Kenya Power sets a flat tariff of USD 0.0745/kWh for 48 MWp." },
  { n: 3, excerpt: "About 61,000 tCO2e are avoided each year." },
];
const flagged = (markdown: string) => findUnsupportedNumbers(markdown, SOURCES).map((u) => [u.figure, u.reason]);

describe("findUnsupportedNumbers", () => {
  it("accepts a figure that a cited excerpt contains, however the marker is placed", () => {
    expect(flagged("Capex is USD 41.5m with 70% gearing [1].")).toEqual([]);
    expect(flagged("Capex is USD 41.5m with 70% gearing. [1]")).toEqual([]);
    expect(flagged("The tariff is USD 0.0745/kWh [2] and gearing 70% [1].")).toEqual([]);
    expect(flagged("Minimum DSCR 1.32x and a 20-year PPA [1, 2].")).toEqual([]);
    expect(flagged("About 61,000 tCO2e avoided a year [3].")).toEqual([]);
  });

  it("flags a figure with no citation, one the cited page does not hold, and a citation of no source", () => {
    expect(flagged("Equity IRR is 14.8%.")).toEqual([["14.8%", "uncited"]]);
    expect(flagged("Equity IRR is 14.8% [1].")).toEqual([["14.8%", "not-in-source"]]);
    expect(flagged("Equity IRR is 14.8% [9].")).toEqual([["14.8%", "unknown-source"]]);
    // The number is on page 2, but the sentence cites page 1.
    expect(flagged("The plant is 48 MWp [1].")).toEqual([["48 MWp", "not-in-source"]]);
  });

  it("reads the project's name as a name, not a figure, wherever it stands", () => {
    const named = (markdown: string) => findUnsupportedNumbers(markdown, SOURCES, ["Block 7 Solar 2B"]).map((u) => [u.figure, u.reason]);
    expect(named("Block 7 Solar 2B is a solar project in Kenya.")).toEqual([]);
    expect(named("BLOCK 7 SOLAR 2B has 12 MW.")).toEqual([["12 MW", "uncited"]]);
    expect(flagged("Block 7 Solar 2B is a solar project with 12 MW.")).toEqual([
      ["2B", "uncited"],
      ["12 MW", "uncited"],
    ]);
  });

  it("compares numbers, not spellings: scales, thousands separators and trailing zeros", () => {
    expect(flagged("Capex of USD 41,500,000 [1].")).toEqual([]);
    expect(flagged("Gearing of 70.0% [1].")).toEqual([]);
    expect(flagged("About 61000 tCO2e [3].")).toEqual([]);
    expect(flagged("Capex of USD 42m [1].")).toEqual([["USD 42m", "not-in-source"]]);
  });

  it("leaves out years, dates, small counts and numbers inside names", () => {
    expect(flagged("Financial close is planned for Q1 2027, after the 2026 rains.")).toEqual([]);
    expect(flagged("The PPA was signed on 3 March 2026 and amended on 2026-11-16.")).toEqual([]);
    expect(flagged("The screen names 3 risks in phase 2 of the 1st tranche.")).toEqual([]);
    expect(flagged("A P50/P90 yield study under IFC PS6 and CO2 accounting.")).toEqual([]);
    expect(flagged("Revenue starts in 2027 at USD 2027 a day.")).toEqual([["USD 2027", "uncited"]]);
    // A small number with a unit is a figure.
    expect(flagged("Curtailment of 4-6% is expected.")).toEqual([
      ["4", "uncited"],
      ["6%", "uncited"],
    ]);
  });

  it("splits sentences at full stops but not in decimals, abbreviations or quotes, and keeps each sentence's own markers", () => {
    expect(splitSentences("Gearing is 70% [1]. The IRR is 14.8%. Next.")).toEqual(["Gearing is 70% [1].", "The IRR is 14.8%.", "Next."]);
    expect(splitSentences("E.g. the DSCR is 1.32x [1]. Done.")).toEqual(["E.g. the DSCR is 1.32x [1].", "Done."]);
    expect(splitSentences("Offtake: “The PPA is signed. The tariff is USD 0.0745/kWh.” [2] Then 14.8%.")).toEqual([
      "Offtake: “The PPA is signed. The tariff is USD 0.0745/kWh.” [2]",
      "Then 14.8%.",
    ]);
    expect(flagged("Offtake: “The PPA is signed. The tariff is USD 0.0745/kWh.” [2] Then 14.8%.")).toEqual([["14.8%", "uncited"]]);
  });

  it("reads markdown: headings, list items, tables and emphasis; ignores code, HTML and link targets", () => {
    const markdown = [
      "## 2027 outlook with 14.8% returns",
      "",
      "- **Capex** USD 41.5m [1]",
      "- IRR 14.8%",
      "",
      "| Metric | Value |",
      "| --- | --- |",
      "| DSCR | 1.32x [1] |",
      "",
      "```",
      "IRR 99.9%",
      "```",
      '<span data-x="77.7">tag</span> See [the model](https://example.com/v/55.5).',
    ].join("\n");
    expect(memoParagraphs(markdown)).toEqual(["Capex USD 41.5m [1]", "IRR 14.8%", "Metric   Value", "DSCR   1.32x [1]", "tag  See the model."]);
    expect(flagged(markdown)).toEqual([["14.8%", "uncited"]]);
  });

  it("keeps a <script> as text to read, not a figure", () => {
    expect(flagged("<script>alert(1)</script> Gearing 70% [1].")).toEqual([]);
  });
});

describe("memo sections", () => {
  it("cuts the markdown at its ## headings, keeping the seven keys and text a person added", () => {
    const sections = markdownToSections("Intro line.\n\n## Executive summary\n\nWe invest [1].\n\n## Risks and mitigants\n\n- Grid\n\n## Appendix: tariffs\n\nTable.");
    expect(sections).toEqual([
      { key: "preamble", heading: "", markdown: "Intro line." },
      { key: "executive_summary", heading: "Executive summary", markdown: "We invest [1]." },
      { key: "risks", heading: "Risks and mitigants", markdown: "- Grid" },
      { key: "appendix_tariffs", heading: "Appendix: tariffs", markdown: "Table." },
    ]);
    const seven = [{ key: "executive_summary", heading: "Executive summary", markdown: "A [1]." }];
    expect(markdownToSections(sectionsToMarkdown(seven))).toEqual(seven);
  });
});
