import { describe, expect, it } from "vitest";
import { overallScore } from "@/lib/signal-score/dimensions";
import { extractDocumentFacts, splitPages } from "@/lib/signal-score/extract-document-facts";
import type { ScoreInputs, ScoreSource } from "@/lib/signal-score/score-inputs";
import { scoreProjectOffline } from "@/lib/signal-score/score-project-offline";
import { citedNumbers } from "@/lib/signal-score/save-signal-score-result";
import { signalScoreOutputSchema } from "@/lib/signal-score/schemas";
import { ESIA_TEXT, FINANCIAL_MODEL_TEXT, TEAM_TEXT } from "../fixtures/signal-score-documents";

const emptyProject: ScoreInputs = {
  project: { id: "p", name: "Blank Project", description: "A project.", projectType: "OTHER", stage: "CONCEPT", capacityMw: null, totalInvestmentRequired: "1000000.0000", currency: "USD", targetCloseDate: null, geography: "Nairobi, KE" },
  milestones: { total: 0, completed: 0, delayed: 0 },
  budget: { lines: 0, coveragePct: null },
  team: { members: 1, documentUploaders: 0 },
  documents: { total: 0, analysed: 0 },
  sources: [],
};

function sourcesFrom(documents: [id: string, name: string, text: string][]): ScoreSource[] {
  const sources: ScoreSource[] = [];
  for (const [documentId, documentName, text] of documents) {
    for (const fact of extractDocumentFacts(text).facts) sources.push({ n: sources.length + 1, documentId, documentName, ...fact });
  }
  return sources;
}

describe("offline document analyser", () => {
  it("quotes the first line matching each fact rule, with its page", () => {
    const { facts } = extractDocumentFacts(FINANCIAL_MODEL_TEXT);
    const byKey = Object.fromEntries(facts.map((f) => [f.key, f]));
    expect(byKey.returns).toEqual({ key: "returns", page: 1, excerpt: "Minimum DSCR: 1.30x | Project IRR: 10.9% | Equity IRR: 14.1%" });
    expect(byKey.revenue_contract.excerpt).toBe("PPA tariff: USD 0.071/kWh, 20 years, take-or-pay");
    expect(byKey.financing_structure.excerpt).toMatch(/^Financing: senior debt 70%/);
    expect(byKey.sensitivity.excerpt).toMatch(/^Sensitivities/);
    expect(byKey.esia).toBeUndefined();
  });

  it("counts pages by form feeds and by 'Page N:' markers", () => {
    expect(splitPages("a\fb\nPage 14: c").map((l) => l.page)).toEqual([1, 2, 14]);
    const esia = Object.fromEntries(extractDocumentFacts(ESIA_TEXT).facts.map((f) => [f.key, f.page]));
    expect(esia).toMatchObject({ esia: 1, community: 2, standards: 2, emissions: 2 });
  });

  it("finds nothing in text without evidence", () => {
    expect(extractDocumentFacts("Minutes of the kick-off meeting.\nAttendees were present.").facts).toEqual([]);
  });
});

describe("offline Signal Score analyser", () => {
  it("gives a project with no data a low score that explains every missing piece, not an error", () => {
    const output = signalScoreOutputSchema.parse(scoreProjectOffline(emptyProject));
    const scores = Object.values(output.dimensions).map((d) => d.score);
    expect(Math.max(...scores)).toBeLessThan(25);
    const d = output.dimensions;
    const overall = overallScore({ project_viability: d.project_viability.score, financial_planning: d.financial_planning.score, risk_assessment: d.risk_assessment.score, team_strength: d.team_strength.score, esg: d.esg.score });
    expect(Number(overall)).toBeGreaterThan(0);
    expect(Number(overall)).toBeLessThan(15);
    expect(output.dimensions.financial_planning.criteria.find((c) => c.label === "Financial model")).toMatchObject({ points: 0, explanation: "No financial model in the data room." });
    for (const dimension of Object.values(output.dimensions)) {
      for (const c of dimension.criteria) expect(c.explanation.length).toBeGreaterThan(10);
    }
    expect(output.narrative).toMatch(/no readable evidence yet/);
  });

  it("scores evidence from documents and project fields, citing the sources it used", () => {
    const inputs: ScoreInputs = {
      ...emptyProject,
      project: { ...emptyProject.project, projectType: "SOLAR", stage: "DEVELOPMENT", capacityMw: "15.0000", targetCloseDate: "2027-06-30", description: "x".repeat(220) },
      milestones: { total: 4, completed: 1, delayed: 1 },
      budget: { lines: 3, coveragePct: 64 },
      team: { members: 4, documentUploaders: 2 },
      documents: { total: 3, analysed: 3 },
      sources: sourcesFrom([["d-fin", "Financial model.xlsx", FINANCIAL_MODEL_TEXT], ["d-esia", "ESIA.pdf", ESIA_TEXT], ["d-team", "Team CVs.pdf", TEAM_TEXT]]),
    };
    const output = scoreProjectOffline(inputs);
    const financial = output.dimensions.financial_planning;
    // model 25 + returns 15 + budget 20 + structure 15 + PPA 15 + close date 10 = 100
    expect(financial.score).toBe(100);
    expect(financial.criteria[0].sources).toHaveLength(1);
    expect(inputs.sources[financial.criteria[0].sources[0] - 1].documentId).toBe("d-fin");
    // ESIA 30 + IFC 15 + tCO2e 20 + community 20 + solar 15
    expect(output.dimensions.esg.score).toBe(100);
    // Open CFO role halves "key roles filled"; 1 delayed milestone costs 7 of 20 milestone-health points.
    expect(output.dimensions.team_strength.criteria.find((c) => c.label === "Key roles filled")?.points).toBe(10);
    expect(output.dimensions.risk_assessment.criteria.find((c) => c.label === "Milestone health")?.points).toBe(13);
    const cited = citedNumbers(output.narrative);
    for (const n of cited) expect(n).toBeLessThanOrEqual(inputs.sources.length);
  });

  it("is deterministic: the same inputs give the same output", () => {
    expect(scoreProjectOffline(emptyProject)).toEqual(scoreProjectOffline(structuredClone(emptyProject)));
  });

  it("weights the overall score 25/25/20/15/15", () => {
    expect(overallScore({ project_viability: 80, financial_planning: 60, risk_assessment: 50, team_strength: 40, esg: 100 })).toBe("66.00");
  });
});

describe("personal data in citations", () => {
  it("never quotes a line with an ID number, phone, email or bank account", () => {
    const text = "Signed by: J. Doe, Director (ID No. 23456781), tel. +254 712 345 678\nWitness email m.doe@county.example\nLessee's bank A/C 0870 2614\nManagement team: CEO with 12 years in IPPs.";
    const facts = extractDocumentFacts(text).facts;
    expect(facts.map((f) => f.excerpt)).toEqual(["Management team: CEO with 12 years in IPPs.", "Management team: CEO with 12 years in IPPs."]);
  });
});
