import { describe, expect, it } from "vitest";
import { extractDocumentFacts } from "@/lib/signal-score/extract-document-facts";
import { FACT_KEYS, type FactKey } from "@/lib/signal-score/fact-rules";
import { gradeEvidence } from "@/lib/signal-score/grade-evidence";

/**
 * For each fact: sentences that must count (with their strength) and sentences that name the
 * subject without evidencing it (denials, plans, questions, to-dos, headings) and must not.
 */
const CASES: Record<FactKey, { full: string[]; partial?: string[]; none: string[] }> = {
  resource_study: {
    full: ["Energy yield assessment by 3E: P50 32.1 GWh/yr, P90 (1-yr) 28.7 GWh/yr."],
    partial: ["Solar resource: Lodwar has high irradiation."],
    none: ["An energy yield study (P50/P90) is to be commissioned.", "Irradiation data is not yet available.", "Energy yield"],
  },
  grid_connection: {
    full: ["Grid Connection Agreement between KETRACO and Lodwar Solar Ltd, signed 3 March 2026.", "Grid connection agreement with KETRACO — executed on 3 March 2026"],
    partial: ["Grid connection application submitted to KETRACO in May 2026.", "Grid connection study by KETRACO completed (offer letter dated 2 Feb 2026)."],
    none: [
      "We will apply for a grid connection at Lodwar substation.",
      "The project has no grid connection agreement yet.",
      "Grid connection agreement; not yet signed",
      "1. Grid connection",
    ],
  },
  land_rights: {
    full: ["Land lease: 25-year lease over 40 ha registered with the Turkana County land registry on 5 May 2025."],
    partial: ["Heads of terms for a 25-year land lease agreed with the county.", "Site: 40 ha of dry scrubland; no protected areas within 5 km."],
    none: ["We plan to lease 40 ha from Turkana County.", "- secure land lease", "Land Lease Agreement"],
  },
  financial_model: {
    full: ["Total project cost: USD 18,200,000 (EPC 13.1m, grid 1.6m, contingency 1.2m)"],
    none: ["A financial model will be prepared by Q3.", "KIBWEZI SOLAR — FINANCIAL MODEL (Base Case)", "Is there a financial model?"],
  },
  returns: {
    full: ["Minimum DSCR: 1.30x | Project IRR: 10.9% | Equity IRR: 14.1%"],
    none: ["Project IRR is not yet known.", "IRR and DSCR", "Returns are expected to exceed an IRR of 15%."],
  },
  financing_structure: {
    full: ["Financing: senior debt 70% (12-year tenor), sponsor equity 30%"],
    none: ["Senior debt of USD 12m is being sought.", "Seeking senior debt of USD 12m.", "Debt and equity"],
  },
  revenue_contract: {
    full: ["Power Purchase Agreement signed with Kenya Power on 12 January 2026 (20-year term)."],
    partial: ["Indicative PPA term sheet received from Kenya Power (USD 0.071/kWh).", "PPA tariff: USD 0.071/kWh, 20 years, take-or-pay"],
    none: ["The PPA with Kenya Power is under negotiation.", "approach Kenya Power about a PPA, apply for grid", "2. Offtake", "The PPA will be signed in 2027."],
  },
  sensitivity: {
    full: ["Sensitivities: capex +10% -> equity IRR 12.2%"],
    none: ["Sensitivity analysis to follow.", "No sensitivity analysis has been done.", "Sensitivity analysis"],
  },
  identified_risk: {
    full: ["Key risk: curtailment by KPLC, mitigated by deemed energy payments under the PPA.", "Risk register: 14 risks with owners and mitigants (see annex)."],
    partial: ["The main risk is curtailment by the grid operator."],
    none: ["Risks", "Risk mitigation to be defined.", "What are the main risks?"],
  },
  permits: {
    full: ["Generation licence No. EPRA/GL/2026/014 issued by EPRA on 2 February 2026.", "No objection letter issued by KCAA on 4 May 2026."],
    partial: ["Generation licence application submitted to EPRA in June 2026."],
    none: ["3. Permits", "Permits pending.", "Apply for a generation licence.", "The generation licence has not been issued."],
  },
  insurance: {
    full: ["Construction all risks policy bound with Jubilee Insurance, sum insured USD 14.6m."],
    partial: ["Insurance: broker indication received from Marsh for CAR cover."],
    none: ["Insurance", "Insurance to be placed before construction.", "The project is not yet insured."],
  },
  contract_security: {
    full: ["Payment security: letter of credit covering 6 months of payments, issued by KCB on 1 March 2026."],
    none: ["Does the project need a letter of credit?", "We are seeking a World Bank partial risk guarantee.", "Guarantee"],
  },
  team_profiles: {
    full: ["Grace Wanjiru, CEO: 12 years in renewable IPPs.", "Peter Otieno — CFO, formerly project finance at Standard Chartered."],
    none: ["MANAGEMENT TEAM", "Management team: CEO with 12 years in IPPs.", "We intend to hire a CEO and a CFO."],
  },
  track_record: {
    full: [
      "Grace Wanjiru led two plants to financial close.",
      "Delivered 120 MW of solar in Kenya and Uganda since 2012.",
      "The team has 14 years in renewable energy development.",
    ],
    none: ["PPA tariff: USD 0.071/kWh, 20 years, take-or-pay", "We will build 3 plants by 2030.", "Financial close is targeted for 2027.", "Track record"],
  },
  open_roles: {
    full: ["Open positions: CFO (search under way).", "CFO: to be hired"],
    none: ["No vacancies in the management team.", "Open positions"],
  },
  esia: {
    full: ["ENVIRONMENTAL AND SOCIAL IMPACT ASSESSMENT — SUMMARY (NEMA licence issued)", "ESIA report approved by NEMA on 4 April 2026."],
    partial: ["ESIA scoping report submitted to NEMA in March 2026."],
    none: ["The ESIA has not started.", "We will commission an ESIA in 2027.", "- commission ESIA", "Environmental and Social Impact Assessment"],
  },
  standards: {
    full: ["Standards: IFC Performance Standards 1, 3 and 5 applied."],
    none: ["We will comply with IFC Performance Standards.", "IFC Performance Standards"],
  },
  emissions: {
    full: ["Avoided emissions: approx. 24,000 tCO2e per year."],
    partial: ["The plant avoids diesel generation and the CO2e it emits."],
    none: ["Avoided emissions (tCO2e) will be quantified.", "Avoided emissions"],
  },
  community: {
    full: ["Community consultations held in 3 villages; grievance mechanism operating since 2025."],
    none: ["Community engagement is planned for 2027.", "How will communities benefit?", "Community"],
  },
};

describe("evidence rules: statements count, names of things do not", () => {
  it("has cases for every fact", () => {
    expect(Object.keys(CASES).sort()).toEqual([...FACT_KEYS].sort());
  });

  describe.each(FACT_KEYS)("%s", (key) => {
    const cases = CASES[key];
    it.each(cases.full)("full: %s", (line) => expect(gradeEvidence(key, line)).toBe("full"));
    if (cases.partial) it.each(cases.partial)("partial: %s", (line) => expect(gradeEvidence(key, line)).toBe("partial"));
    it.each(cases.none)("none: %s", (line) => expect(gradeEvidence(key, line)).toBeNull());
  });
});

describe("offline document analyser", () => {
  it("quotes the strongest statement of a fact, not the first mention", () => {
    const text =
      "Grid connection\nGrid connection application submitted in May 2026.\fGrid Connection Agreement between KETRACO and Lodwar Solar Ltd, signed 3 March 2026.";
    expect(extractDocumentFacts(text).facts.find((f) => f.key === "grid_connection")).toEqual({
      key: "grid_connection",
      page: 2,
      excerpt: "Grid Connection Agreement between KETRACO and Lodwar Solar Ltd, signed 3 March 2026.",
    });
  });

  it("reads a line that does not name its subject under the document's heading", () => {
    const grid = "Grid Connection Agreement - KETRACO / Lodwar Solar Ltd\nExecuted on 28 May 2026 between KETRACO and Lodwar Solar Ltd.";
    expect(extractDocumentFacts(grid).facts).toEqual([
      {
        key: "grid_connection",
        page: 1,
        excerpt: "Executed on 28 May 2026 between KETRACO and Lodwar Solar Ltd.",
        headings: ["Grid Connection Agreement - KETRACO / Lodwar Solar Ltd"],
      },
    ]);
    expect(gradeEvidence("grid_connection", "Executed on 28 May 2026 between KETRACO and Lodwar Solar Ltd.")).toBeNull();
    const lease = "Land Lease Agreement\nBetween Turkana County (Lessor) and Lodwar Solar Ltd (Lessee), signed on 18 March 2026.";
    expect(extractDocumentFacts(lease).facts.map((f) => [f.key, gradeEvidence(f.key, f.excerpt, f.headings)])).toEqual([["land_rights", "full"]]);
    // A heading that says "indication" keeps what follows an indication.
    const broker = "Construction All Risks - Broker Indication\nCover: construction all risks for the 48 MWp plant, sum insured USD 36.5m.";
    expect(extractDocumentFacts(broker).facts.map((f) => [f.key, gradeEvidence(f.key, f.excerpt, f.headings)])).toEqual([["insurance", "partial"]]);
    const plan = "Grid connection (planned)\nExecuted on 28 May 2026 between the parties.";
    expect(extractDocumentFacts(plan).facts).toEqual([]);
  });

  it("reads spreadsheet rows cell by cell: a figure is evidence, a cost line is not", () => {
    expect(gradeEvidence("returns", "Equity IRR\t13.9%")).toBe("full");
    expect(gradeEvidence("grid_connection", "Grid connection\t3200000")).toBeNull();
    expect(gradeEvidence("revenue_contract", "PPA tariff (USD/kWh)\t0.0745 per term sheet v1")).toBe("partial");
  });

  it("does not mistake a company for a person, or a hiring target for an open role", () => {
    expect(gradeEvidence("team_profiles", "Independent engineer's report, April 2026, prepared for Helios Renewables and the lenders.")).toBeNull();
    expect(gradeEvidence("open_roles", "Local employment: 320 jobs at peak construction; 40% local hiring target.")).toBeNull();
    expect(gradeEvidence("financing_structure", "Termination: buyer default payment equal to outstanding senior debt plus an equity return of 12%.")).toBeNull();
  });

  it("reads the bullets under a to-do heading as tasks", () => {
    const text = "Next steps:\n- Kenya Power PPA signed by June\n- Grid connection agreement with KETRACO executed\nThe land lease was registered on 5 May 2025.";
    expect(extractDocumentFacts(text).facts.map((f) => f.key)).toEqual(["land_rights"]);
  });

  it("finds nothing in a plan that only promises", () => {
    const text = "We will sign a PPA with Kenya Power.\nThe ESIA has not started.\nRisks\nPermits\nInsurance\napproach Kenya Power about a PPA, apply for grid";
    expect(extractDocumentFacts(text).facts).toEqual([]);
  });
});
