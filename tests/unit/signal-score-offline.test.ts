import { describe, expect, it } from "vitest";
import { overallScore } from "@/lib/signal-score/dimensions";
import { extractDocumentFacts, splitPages } from "@/lib/signal-score/extract-document-facts";
import type { ScoreInputs, ScoreSource } from "@/lib/signal-score/score-inputs";
import { scoreProjectOffline } from "@/lib/signal-score/score-project-offline";
import { citedNumbers } from "@/lib/signal-score/score-records";
import { signalScoreOutputSchema, type SignalScoreOutput } from "@/lib/signal-score/schemas";
import { ESIA_TEXT, FINANCIAL_MODEL_TEXT, PROMISE_DOCUMENTS, PROOF_DOCUMENTS, TEAM_TEXT } from "../fixtures/signal-score-documents";

const emptyProject: ScoreInputs = {
  project: {
    id: "p",
    name: "Blank Project",
    description: "A project.",
    projectType: "OTHER",
    stage: "CONCEPT",
    capacityMw: null,
    totalInvestmentRequired: "1000000.0000",
    currency: "USD",
    targetCloseDate: null,
    geography: "Nairobi, KE",
    region: "Nairobi",
    hasCoordinates: false,
  },
  milestones: { total: 0, completed: 0, delayed: 0, completedLate: 0, mostOverdue: null },
  budget: { lines: 0, coveragePct: null, contingencyPct: null, linesWithActual: 0, overrunLines: 0, overrunPct: null },
  team: { members: 1, documentUploaders: 0 },
  documents: { total: 0, analysed: 0 },
  sources: [],
};

const solarProject: ScoreInputs = {
  ...emptyProject,
  project: {
    ...emptyProject.project,
    name: "Lodwar Solar",
    projectType: "SOLAR",
    stage: "DEVELOPMENT",
    capacityMw: "15.0000",
    targetCloseDate: "2027-06-30",
    region: "Turkana",
  },
  milestones: { total: 4, completed: 1, delayed: 0, completedLate: 0, mostOverdue: null },
  budget: { lines: 4, coveragePct: 95, contingencyPct: 7, linesWithActual: 2, overrunLines: 0, overrunPct: -1.5 },
  team: { members: 4, documentUploaders: 2 },
};

function sourcesFrom(documents: [name: string, text: string][]): ScoreSource[] {
  const sources: ScoreSource[] = [];
  documents.forEach(([documentName, text], index) => {
    for (const fact of extractDocumentFacts(text).facts) sources.push({ n: sources.length + 1, documentId: `d-${index}`, documentName, ...fact });
  });
  return sources;
}

const withDocuments = (inputs: ScoreInputs, documents: [string, string][]): ScoreInputs => ({
  ...inputs,
  documents: { total: documents.length, analysed: documents.length },
  sources: sourcesFrom(documents),
});

const find = (output: SignalScoreOutput, dimension: keyof SignalScoreOutput["dimensions"], label: string) =>
  output.dimensions[dimension].criteria.find((c) => c.label === label)!;

const overall = (output: SignalScoreOutput) =>
  Number(overallScore(Object.fromEntries(Object.entries(output.dimensions).map(([k, d]) => [k, d.score])) as Parameters<typeof overallScore>[0]));

describe("offline document analyser", () => {
  it("quotes one statement per fact, with its page", () => {
    const byKey = Object.fromEntries(extractDocumentFacts(FINANCIAL_MODEL_TEXT).facts.map((f) => [f.key, f]));
    expect(byKey.returns).toEqual({ key: "returns", page: 1, excerpt: "Minimum DSCR: 1.30x | Project IRR: 10.9% | Equity IRR: 14.1%" });
    expect(byKey.revenue_contract.excerpt).toBe("PPA tariff: USD 0.071/kWh, 20 years, take-or-pay");
    expect(byKey.financing_structure.excerpt).toMatch(/^Financing: senior debt 70%/);
    expect(byKey.financial_model.excerpt).toMatch(/^Total project cost/);
    expect(byKey.track_record).toBeUndefined();
    expect(byKey.esia).toBeUndefined();
  });

  it("counts pages by form feeds and by 'Page N:' markers", () => {
    expect(splitPages("a\fb\nPage 14: c").map((l) => l.page)).toEqual([1, 2, 14]);
    const esia = Object.fromEntries(extractDocumentFacts(ESIA_TEXT).facts.map((f) => [f.key, f.page]));
    expect(esia).toMatchObject({ esia: 1, community: 2, standards: 2, emissions: 2 });
  });

  it("reads a sentence a PDF wrapped over two lines as one, and keeps labelled lines apart", () => {
    const wrapped =
      "Mitigation: livelihood restoration plan for 62 pastoralist households; dry-cleaning robots to cut water\nuse by 80%; community grievance mechanism.\nStandards: IFC Performance Standards applied.";
    expect(splitPages(wrapped).map((l) => l.line)).toEqual([
      "Mitigation: livelihood restoration plan for 62 pastoralist households; dry-cleaning robots to cut water use by 80%; community grievance mechanism.",
      "Standards: IFC Performance Standards applied.",
    ]);
    const onJoiningWord = "Executed on 28 May 2026 between the Kenya Electricity Transmission Company (KETRACO) and\nTurkana Solar Park Ltd.";
    expect(splitPages(onJoiningWord)).toHaveLength(1);
    expect(splitPages("Financing: senior debt 70% (12-year tenor), sponsor equity 30% of the total cost\nPPA tariff: USD 0.071/kWh")).toHaveLength(2);
  });

  it("finds nothing in text without evidence", () => {
    expect(extractDocumentFacts("Minutes of the kick-off meeting.\nAttendees were present.").facts).toEqual([]);
  });
});

describe("offline Signal Score analyser", () => {
  it("gives a project with no data a low score that explains every missing piece, not an error", () => {
    const output = signalScoreOutputSchema.parse(scoreProjectOffline(emptyProject));
    expect(Math.max(...Object.values(output.dimensions).map((d) => d.score))).toBeLessThan(25);
    expect(overall(output)).toBeGreaterThan(0);
    expect(overall(output)).toBeLessThan(15);
    expect(find(output, "financial_planning", "Financial model")).toMatchObject({ points: 0, explanation: "No financial model in the data room." });
    for (const dimension of Object.values(output.dimensions)) {
      for (const c of dimension.criteria) expect(c.explanation.length).toBeGreaterThan(10);
    }
    expect(output.narrative).toMatch(/no readable evidence yet/);
  });

  it("scores documents that prove things clearly above documents that only promise them", () => {
    const proved = signalScoreOutputSchema.parse(scoreProjectOffline(withDocuments(solarProject, PROOF_DOCUMENTS)));
    const promised = signalScoreOutputSchema.parse(scoreProjectOffline(withDocuments(solarProject, PROMISE_DOCUMENTS)));
    expect(overall(proved)).toBeGreaterThan(80);
    expect(overall(proved) - overall(promised)).toBeGreaterThan(30);
    // Every document-based criterion of the promising project earns nothing and cites nothing.
    for (const dimension of Object.values(promised.dimensions)) {
      for (const c of dimension.criteria.filter((c) => c.sources.length)) expect(c).toBeUndefined();
    }
    expect(find(promised, "esg", "Environmental and social assessment").points).toBe(0);
    expect(find(promised, "project_viability", "Grid connection").points).toBe(0);
    expect(find(promised, "risk_assessment", "Risks identified").points).toBe(0);
  });

  it("names the passage that satisfied a criterion, and what partial evidence lacks", () => {
    const inputs = withDocuments(solarProject, PROOF_DOCUMENTS);
    const output = scoreProjectOffline(inputs);
    const grid = find(output, "project_viability", "Grid connection");
    expect(grid).toMatchObject({ points: 15, explanation: "Signed grid connection agreement (Grid Connection Agreement - KETRACO Lodwar.pdf, p. 1)." });
    expect(inputs.sources.find((s) => s.n === grid.sources[0])?.excerpt).toMatch(/signed 3 March 2026/);

    const applied = withDocuments(solarProject, [["Grid application.pdf", "Grid connection application submitted to KETRACO in May 2026."]]);
    expect(find(scoreProjectOffline(applied), "project_viability", "Grid connection")).toMatchObject({
      points: 8,
      explanation: "Grid connection application, offer or study only (Grid application.pdf, p. 1); missing: a signed grid connection agreement.",
    });
    // The model's tariff assumption is not a signed PPA: half the points.
    const modelOnly = scoreProjectOffline(withDocuments(solarProject, [["Financial model.xlsx", FINANCIAL_MODEL_TEXT]]));
    expect(find(modelOnly, "financial_planning", "Revenue contract").points).toBe(8);
  });

  it("does not count a PPA's term as the team's track record", () => {
    const modelAndEsia = scoreProjectOffline(
      withDocuments(solarProject, [
        ["Financial model.xlsx", FINANCIAL_MODEL_TEXT],
        ["ESIA.pdf", ESIA_TEXT],
      ]),
    );
    expect(find(modelAndEsia, "team_strength", "Track record").points).toBe(0);
    const withTeam = scoreProjectOffline(withDocuments(solarProject, [["Team CVs.pdf", TEAM_TEXT]]));
    expect(find(withTeam, "team_strength", "Track record")).toMatchObject({ points: 20, explanation: "Past delivery documented (Team CVs.pdf, p. 1)." });
    expect(find(withTeam, "team_strength", "Key roles filled").points).toBe(10);
  });

  it("a missing contingency and a +68% overrun lower financial planning", () => {
    const healthy = scoreProjectOffline(withDocuments(solarProject, PROOF_DOCUMENTS));
    const overrun = scoreProjectOffline(
      withDocuments({ ...solarProject, budget: { ...solarProject.budget, contingencyPct: null, overrunLines: 2, overrunPct: 68 } }, PROOF_DOCUMENTS),
    );
    expect(find(overrun, "financial_planning", "Contingency")).toMatchObject({ points: 0, explanation: expect.stringMatching(/^No contingency line/) });
    expect(find(overrun, "financial_planning", "Cost control")).toMatchObject({
      points: 0,
      explanation: "Spend overruns the estimates by 68% across the 2 line(s) with actuals; 2 line(s) over estimate.",
    });
    expect(overrun.dimensions.financial_planning.score).toBe(healthy.dimensions.financial_planning.score - 20);
  });

  it("counts delayed and late milestones in the delivery record, naming the most overdue", () => {
    const late = scoreProjectOffline({
      ...solarProject,
      milestones: { total: 4, completed: 2, delayed: 1, completedLate: 1, mostOverdue: { name: "Grid study", targetDate: "2026-11-10", daysOverdue: 26 } },
    });
    expect(find(late, "risk_assessment", "Delivery record")).toMatchObject({
      points: 10,
      explanation: '1 milestone(s) delayed ("Grid study" is 26 day(s) past its target date 2026-11-10); 1 completed after the target date.',
    });
    expect(find(scoreProjectOffline(solarProject), "risk_assessment", "Delivery record")).toMatchObject({
      points: 20,
      explanation: expect.stringMatching(/^No milestone is delayed/),
    });
  });

  it("scores how specific the description is, not how long", () => {
    const vague = scoreProjectOffline({
      ...solarProject,
      project: { ...solarProject.project, description: "An exciting renewable energy opportunity with strong fundamentals. ".repeat(5) },
    });
    const specific = scoreProjectOffline({
      ...solarProject,
      project: {
        ...solarProject.project,
        hasCoordinates: true,
        description: "A 15 MWp solar plant near Lodwar, Turkana County, selling power to Kenya Power under a 20-year PPA, connected at the Lodwar 33/11 kV substation.",
      },
    });
    expect(find(vague, "project_viability", "Project description")).toMatchObject({
      points: 0,
      explanation: expect.stringMatching(/^The description names none of the site/),
    });
    expect(find(specific, "project_viability", "Project description")).toMatchObject({
      points: 15,
      explanation: "The description names the site, the offtaker, the grid connection point, coordinates and the capacity.",
    });
  });

  it("is deterministic: the same inputs give the same output", () => {
    const inputs = withDocuments(solarProject, PROOF_DOCUMENTS);
    expect(scoreProjectOffline(inputs)).toEqual(scoreProjectOffline(structuredClone(inputs)));
  });

  it("cites only sources it was given", () => {
    const inputs = withDocuments(solarProject, PROOF_DOCUMENTS);
    const output = scoreProjectOffline(inputs);
    for (const n of citedNumbers(output.narrative)) expect(n).toBeLessThanOrEqual(inputs.sources.length);
    for (const d of Object.values(output.dimensions)) for (const c of d.criteria) for (const n of c.sources) expect(inputs.sources.some((s) => s.n === n)).toBe(true);
  });

  it("weights the overall score 25/25/20/15/15", () => {
    expect(overallScore({ project_viability: 80, financial_planning: 60, risk_assessment: 50, team_strength: 40, esg: 100 })).toBe("66.00");
  });
});

describe("personal data in citations", () => {
  it("never quotes a line with an ID number, phone, email or bank account", () => {
    const text =
      "Signed by: J. Doe, Director (ID No. 23456781), tel. +254 712 345 678\nWitness email m.doe@county.example\nLessee's bank A/C 0870 2614\nManagement team: Jane Achieng, CEO, 12 years in renewable IPPs.";
    const facts = extractDocumentFacts(text).facts;
    expect(facts.map((f) => [f.key, f.excerpt])).toEqual([
      ["team_profiles", "Management team: Jane Achieng, CEO, 12 years in renewable IPPs."],
      ["track_record", "Management team: Jane Achieng, CEO, 12 years in renewable IPPs."],
    ]);
  });
});
