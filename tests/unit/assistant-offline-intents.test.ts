import { describe, expect, it } from "vitest";
import { matchNamed } from "@/lib/assistant/offline/match-named";
import { recogniseIntent, searchWords } from "@/lib/assistant/offline/recognise-intent";
import { summaryFromExchange, titleFromQuestion } from "@/lib/assistant/describe-conversation-offline";

describe("offline intents", () => {
  it.each([
    ["What is the IRR of Fund I?", "portfolio-metrics"],
    ["Which covenants are close to breach?", "covenants"],
    ["Summarise the open Q&A on Turkana", "open-questions"],
    ["What is holding Turkana's signal score back?", "signal-score"],
    ["Show my matches", "matches"],
    ["Who opened documents in the deal room?", "deal-rooms"],
    ["Compare Turkana and Kisumu", "compare"],
    ["What do the documents say about the grid permit?", "documents"],
    ["Summarise Turkana", "summarise"],
    ["What is the status of Turkana?", "status"],
    ["Find solar projects in Kenya", "find"],
    ["grid connection permit", "documents"],
  ])("%s -> %s", (question, intent) => {
    expect(recogniseIntent(question)).toBe(intent);
  });

  it("keeps the words worth searching, without the names already resolved", () => {
    expect(searchWords("What do the Turkana documents say about the grid connection?", ["Turkana Solar Park"])).toBe("grid connection");
  });
});

describe("names in a question", () => {
  const portfolios = [
    { id: "1", name: "Northwind Africa Energy Transition Fund I" },
    { id: "2", name: "Northwind Africa Energy Transition Fund II" },
  ];
  it("tells Fund I from Fund II", () => {
    expect(matchNamed("What is the IRR of Fund I?", portfolios).map((p) => p.id)[0]).toBe("1");
    expect(matchNamed("and fund ii?", portfolios).map((p) => p.id)[0]).toBe("2");
  });
  it("matches a distinctive word, not a generic one", () => {
    const projects = [
      { id: "t", name: "Turkana Solar Park" },
      { id: "k", name: "Kisumu Commercial Rooftop Solar" },
    ];
    expect(matchNamed("How is turkana doing?", projects).map((p) => p.id)).toEqual(["t"]);
    expect(matchNamed("Which solar projects are delayed?", projects)).toEqual([]);
  });
});

describe("offline title and summary", () => {
  it("titles from the first question and summarises from the answer's first sentence without citation marks", () => {
    expect(titleFromQuestion("What is the IRR of Fund I?\nand more")).toBe("What is the IRR of Fund I?");
    expect(titleFromQuestion("word ".repeat(40)).length).toBeLessThanOrEqual(81);
    expect(summaryFromExchange("What is the IRR of Fund I?", "Fund I: net IRR 11.4% [1]. Paid in 12m [1].")).toBe(
      "Asked “What is the IRR of Fund I?”; answered: Fund I: net IRR 11.4%.",
    );
  });
});
