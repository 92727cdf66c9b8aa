/**
 * The due-diligence Q&A of the demo story: who asked what on which listed project, and what the
 * project's team did about it, in order. Deadlines, breaches, statuses and question numbers are
 * not written here: seed-qa derives them from these events and Helios's response times, as the
 * app would have.
 */
import type { QaCategory, QaPriority, QaTeam } from "../../lib/qa/qa-options";
import type { DemoContentKey } from "./dataroom-texts";
import { daysAgo, demoId } from "./demo-ids";

/** The response times Helios set on its settings page before the first question came in. */
export const HELIOS_SLA_HOURS: Record<QaPriority, number> = { urgent: 24, high: 48, normal: 96, low: 240 };
export const HELIOS_SLA_SET_AT = daysAgo(45, 11);

export type AllyMember = "amara" | "sarah" | "david";
export type Asker = "priya" | "james" | "ingrid";

export type QaStoryEvent =
  | { kind: "assigned"; by: AllyMember; to: AllyMember; team: QaTeam; at: Date }
  /** A draft the team keeps to itself; `aiCitations` when the AI drafted it from the data room. */
  | { kind: "draft"; by: AllyMember; at: Date; content: string; docs?: DemoContentKey[]; aiCitations?: [DemoContentKey, string][] }
  | { kind: "answered"; by: AllyMember; at: Date; content: string; docs?: DemoContentKey[] }
  | { kind: "closed"; by: Asker; at: Date };

const PROJECT_LABELS = { turkana: "turkana", riftValley: "rift-valley" } as const;

/** A question's readable label, e.g. "turkana/qa/curtailment": its id and its rows' ids derive from it. */
export const qaLabel = (project: QaStoryQuestion["project"], key: string) => `${PROJECT_LABELS[project]}/qa/${key}`;
export const qaQuestionId = (project: QaStoryQuestion["project"], key: string) => demoId(qaLabel(project, key));
/** The n-th written answer of a question (drafts and the final answer, in event order, from 1). */
export const answerIdOf = (q: Pick<QaStoryQuestion, "project" | "key">, n: number) => demoId(`${qaLabel(q.project, q.key)}/answer/${n}`);

export type QaStoryQuestion = {
  /** Unique within its project; the question's id is qaQuestionId(project, key). */
  key: string;
  project: "turkana" | "riftValley";
  askedBy: Asker;
  askedAt: Date;
  category: QaCategory;
  priority: QaPriority;
  question: string;
  tags: string[];
  /** Only documents the asker can open on the listing (PUBLIC ones). */
  docs?: DemoContentKey[];
  events: QaStoryEvent[];
};

/** In the order they were asked: each project's questions are numbered in this order. */
export const QA_STORY: QaStoryQuestion[] = [
  {
    key: "wind-resource",
    project: "riftValley",
    askedBy: "ingrid",
    askedAt: daysAgo(20, 10),
    category: "technical",
    priority: "normal",
    tags: ["wind", "resource", "p90"],
    question:
      "Your listing cites 24 months of met-mast data and a mean wind speed of 8.9 m/s at hub height. Where is the mast relative to the turbine rows, what long-term reference was the measured data correlated with, and what net capacity factor does the assessment give at P50 and P90?",
    events: [
      { kind: "assigned", by: "sarah", to: "david", team: "technical", at: daysAgo(20, 14) },
      {
        kind: "answered",
        by: "david",
        at: daysAgo(18, 11),
        content:
          "The 8.9 m/s is the measured mean at the 120 m hub height over the 24 months to the end of May 2026, from a mast inside the turbine layout on the Ngong ridge. The wind resource assessment correlates the mast data with long-term reanalysis data and gives a net capacity factor of 41% at P50.\n\nThe P90 figures and the full assessment are shared under NDA in a deal room; tell us if you would like one opened for Baltic Offshore Ventures.",
      },
    ],
  },
  {
    key: "turbine-supply",
    project: "riftValley",
    askedBy: "ingrid",
    askedAt: daysAgo(12, 11),
    category: "commercial",
    priority: "high",
    tags: ["turbines", "tsa", "budget"],
    question:
      "The budget is no longer shown on the listing. Where does the turbine supply agreement stand (the milestone shows 60%), and will the turbine price and the availability warranty be fixed before you open the equity raise?",
    events: [
      {
        kind: "answered",
        by: "amara",
        at: daysAgo(11, 16),
        content:
          "We are in the last round on the turbine supply agreement. The term sheet is agreed; the open points are the price adjustment mechanism and the availability warranty under the long-term service agreement.\n\nWe took the budget off the listing while the turbine price is being negotiated and will show it again once the agreement is signed. Both the price and the warranty will be fixed before the equity raise opens.",
      },
    ],
  },
  {
    key: "curtailment",
    project: "turkana",
    askedBy: "priya",
    askedAt: daysAgo(11, 9),
    category: "technical",
    priority: "high",
    tags: ["grid", "curtailment", "yield"],
    question:
      "Is the grid connection agreement with KETRACO executed or still conditional? What curtailment does the P50 assume, what happens to it if the Lodwar-Kainuk line reinforcement slips beyond 2027, and who bears curtailment ordered by the system operator?",
    events: [
      { kind: "assigned", by: "sarah", to: "david", team: "technical", at: daysAgo(11, 11.5) },
      {
        kind: "draft",
        by: "david",
        at: daysAgo(8, 9),
        aiCitations: [
          ["energy-yield", "Grid curtailment risk depends"],
          ["ppa-term-sheet-v2", "Deemed energy:"],
          ["grid-connection", "Curtailment: the system operator"],
        ],
        content:
          "The yield study assumes 1.5% grid curtailment in the P50; without the 2027 Lodwar-Kainuk reinforcement, curtailment may reach 4-6% in the dry season [1]. The PPA pays deemed energy for curtailment above 2% of annual P50 energy [2], and the grid connection agreement refers curtailment by the system operator to that clause [3].\n\nStill to add: KETRACO's written date for the reinforcement.",
      },
      {
        kind: "answered",
        by: "david",
        at: daysAgo(7, 11.5),
        content:
          "The grid connection agreement with KETRACO was executed on 28 May 2026 and is not conditional on the reinforcement: a new 33 kV bay at the Lodwar 132/33 kV substation and an 11.5 km 33 kV line that we build and hand over to KETRACO at COD, 38.4 MW of export capacity, USD 3.4m of connection charges paid by us (Grid Connection Agreement, sections 1 and 3).\n\nThe P50 of 98.4 GWh in year 1 already assumes 1.5% grid curtailment (P50-P90 Energy Yield Assessment, section 3). The independent engineer expects dry-season curtailment of 4-6% if the Lodwar-Kainuk reinforcement slips (section 5). Curtailment ordered by the system operator is compensated as deemed energy above 2% of annual P50 energy (PPA term sheet of 18 October, 'Energy and curtailment'), so the uncompensated exposure is capped at 2%: 0.5 points above the P50 assumption, about USD 37k a year on year-1 revenue of USD 7.33m.\n\nSorry this came after the deadline: we waited for KETRACO to confirm the reinforcement timetable in writing. They now give Q3 2027.",
      },
    ],
  },
  {
    key: "debt-sizing",
    project: "turkana",
    askedBy: "priya",
    askedAt: daysAgo(11, 9.1),
    category: "financial",
    priority: "normal",
    tags: ["debt", "dscr", "model"],
    question:
      "Please set out the debt sizing behind the base case: gearing, tenor, margin, target DSCR and sculpting, which energy case (P50 or P90) the debt is sized on, and the minimum DSCR in the downside cases.",
    events: [
      { kind: "assigned", by: "sarah", to: "sarah", team: "finance", at: daysAgo(11, 10.5) },
      {
        kind: "answered",
        by: "sarah",
        at: daysAgo(9, 16.4),
        content:
          "From the Financial Model rev. 3 (Base Case, November 2026): senior debt of USD 29.05m, 70% of the USD 41.5m project cost, over 15 years at 6-month SOFR + 4.25%, sculpted to a 1.30x target DSCR, with a DSRA of 6 months of debt service (Debt sheet).\n\nThe base case sizes on P50 energy and gives a minimum DSCR of 1.32x (2031) and an average of 1.45x (Summary sheet). On P90 (1-year) energy the minimum DSCR falls to 1.21x; with capex +10% the equity IRR falls to 12.6% and with the tariff 5% lower to 12.9% (Sensitivities sheet).\n\nThe lenders' term sheets will set the sizing case. If they size on P90 the gearing comes down, and we will share the model rerun on their terms.",
      },
      { kind: "closed", by: "priya", at: daysAgo(8, 9.5) },
    ],
  },
  {
    key: "ppa-offtaker",
    project: "turkana",
    askedBy: "priya",
    askedAt: daysAgo(11, 9.2),
    category: "commercial",
    priority: "high",
    tags: ["ppa", "offtaker", "credit"],
    question:
      "On the PPA with Kenya Power: please confirm the tenor and tariff terms, the payment security package (size and issuer of the LC, any Government of Kenya support) and the termination payment on buyer default. How have you assessed Kenya Power's credit and payment record?",
    events: [
      { kind: "assigned", by: "amara", to: "amara", team: "management", at: daysAgo(11, 10) },
      {
        kind: "answered",
        by: "amara",
        at: daysAgo(10, 15.5),
        content:
          "Tenor: 20 years from COD for 38.4 MWac. Tariff: USD 0.0745/kWh flat with no indexation, payable in USD at the CBK mean rate; take-or-pay on delivered and deemed energy (PPA term sheet revised on 18 October 2026).\n\nSecurity: a letter of credit covering 6 months of payments, from a bank rated A or better. We have asked for a Government of Kenya letter of support; it is not granted yet. Termination on buyer default: outstanding senior debt plus a 12% equity return.\n\nWe have not commissioned a separate credit study of Kenya Power: the structure is built so that lenders and equity rely on the LC and the termination payment rather than on the offtaker's balance sheet. Kenya Power's audited accounts are public, and we are glad to go through them with you.",
      },
    ],
  },
  {
    key: "yield-study",
    project: "turkana",
    askedBy: "priya",
    askedAt: daysAgo(9, 11),
    category: "technical",
    priority: "normal",
    tags: ["yield", "p90", "soiling"],
    question:
      "How long is the on-site irradiance record behind the P50? The yield study assumes 2.9% soiling with cleaning every three weeks while the ESIA commits to dry-cleaning robots: which regime does the P50 assume? And is the 6.9% one-year uncertainty (P90 = 93.1% of P50) the figure the lenders will use?",
    docs: ["esia"],
    events: [
      { kind: "assigned", by: "sarah", to: "david", team: "technical", at: daysAgo(9, 14) },
      {
        kind: "answered",
        by: "david",
        at: daysAgo(6, 15),
        docs: ["esia"],
        content:
          "The record is 14 months of on-site pyranometer data, cleaned for sensor soiling and two outages and correlated with 20 years of satellite data (correlation coefficient 0.94); the long-term GHI is 2,362 kWh/m2/yr (Energy Yield Assessment, section 1).\n\nThe 2.9% soiling loss assumes a cleaning cycle every three weeks (section 3). The dry-cleaning robots in the ESIA (section 2) are how we keep that cycle while cutting water use by 80%, so the assumption stands.\n\nP90 (1-year) is 93.1% of P50, 91.6 GWh, from the 6.9% one-year uncertainty; the 10-year uncertainty is 5.4% (section 4). The lenders' technical adviser has yet to review the study; until then the financial model carries P90 (1-year) as a sensitivity, with a minimum DSCR of 1.21x.",
      },
    ],
  },
  {
    key: "epc-contract",
    project: "turkana",
    askedBy: "james",
    askedAt: daysAgo(8, 10),
    category: "technical",
    priority: "normal",
    tags: ["epc", "warranties", "construction"],
    question:
      "Where does the EPC selection stand (the milestone shows 40%)? Please share the shortlist, whether the contract will be a lump-sum, date-certain turnkey wrap, the performance ratio guarantee and the caps on delay and performance damages, and the module, inverter and tracker warranties you are targeting.",
    events: [],
  },
  {
    key: "land-fpic",
    project: "turkana",
    askedBy: "priya",
    askedAt: daysAgo(2, 15),
    category: "legal",
    priority: "normal",
    tags: ["land", "fpic", "security"],
    question:
      "Is the county land lease registered, and can it be charged to the lenders without the county's consent? The ESIA says Free, Prior and Informed Consent was documented with 4 community assemblies: how were the households who graze the site represented, and is there a signed record of consent we can review?",
    docs: ["esia"],
    events: [
      { kind: "assigned", by: "sarah", to: "amara", team: "legal", at: daysAgo(1, 9) },
      {
        kind: "draft",
        by: "amara",
        at: daysAgo(1, 16.5),
        docs: ["esia"],
        content:
          "Lease: signed on 18 March 2026 with the County Government of Turkana for parcel Turkana/Lodwar-Kanamkemer/1187 (96.2 ha), 30 years, renewable once for 10. Clause 14.2 lets us assign or charge the lease to our lenders without the county's consent.\n\nRegistration: waiting for our counsel's copy of the registration certificate.\n\nFPIC: four community assemblies (ESIA section 3); the livelihood restoration plan covers the 62 pastoralist households who graze the 96 ha (section 2). Sarah: can we share the assembly minutes and the signed consent record, or only a summary?",
      },
    ],
  },
  {
    key: "permits",
    project: "turkana",
    askedBy: "james",
    askedAt: daysAgo(1, 10),
    category: "regulatory",
    priority: "high",
    tags: ["permits", "eia", "licences"],
    question:
      "For the permits tracker in our IC paper: the ESIA shows NEMA licence NEMA/EIA/PSL/24871 issued on 12 September 2026. Which consents are still outstanding before financial close (EPRA generation licence, county development permission, KCAA clearance, water abstraction for construction), and are any NEMA licence conditions construction-stage conditions precedent?",
    docs: ["esia"],
    events: [],
  },
];
