import type { DealRecommendation, Prisma } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { day, demoId } from "./demo-ids";

export const AI_MODEL = "claude-sonnet-4-20250514";
export { investmentMemoId } from "./seed-investment-memos";

type Screen = {
  project: "turkana" | "riftValley" | "biomass";
  on: string;
  recommendation: DealRecommendation;
  score: string;
  rationale: string;
  strengths: string[];
  risks: string[];
  nextSteps: string[];
};

const SCREENS: Screen[] = [
  {
    project: "turkana",
    on: "2026-11-16",
    recommendation: "PASS",
    score: "78.50",
    rationale:
      "Fits the East Africa mandate on geography, technology, stage and ticket. Contracted USD revenue, a lender-grade model and an approved ESIA; curtailment and EPRA approval are the open items.",
    strengths: [
      "20-year USD PPA with deemed-energy protection above 2% curtailment",
      "Minimum DSCR 1.32x, equity IRR 14.8% above the 12.5% hurdle",
      "NEMA-approved ESIA applying IFC PS with documented FPIC",
    ],
    risks: ["Dry-season curtailment of 4-6% if the Lodwar-Kainuk reinforcement slips", "EPRA tariff approval outstanding", "No CFO in the team yet"],
    nextSteps: [
      "Commission a grid study review by our technical adviser",
      "Confirm lease registration and lender step-in rights",
      "Reference calls on the EPC shortlist",
    ],
  },
  {
    project: "riftValley",
    on: "2026-10-05",
    recommendation: "REVIEW",
    score: "61.00",
    rationale: "Good wind resource and a credible developer, but the equity need is above the Fund I ticket and turbine supply is not yet contracted.",
    strengths: ["24 months of met-mast data at hub height", "Net capacity factor of 41%"],
    risks: ["Ticket above the USD 25m mandate maximum", "Turbine supply agreement not signed", "Grid impact study pending"],
    nextSteps: ["Explore a co-investment with a DFI", "Revisit after the turbine supply agreement"],
  },
  {
    project: "biomass",
    on: "2026-05-20",
    recommendation: "REJECT",
    score: "38.00",
    rationale: "Feedstock supply is uncontracted and the steam offtaker is a single mill under financial stress; biomass is outside the mandate's core technologies.",
    strengths: ["Baseload profile with heat offtake"],
    risks: ["Only 30% of bagasse supply agreed", "Single-mill counterparty risk", "Technology outside the mandate"],
    nextSteps: [],
  },
];

/** Northwind's screens (PASS, REVIEW, REJECT); the Turkana memo is written from its screen (seed-investment-memos). Returns each project's actual screen id. */
export async function seedDealIntelligence(db: FactoryDb, ctx: DemoContext): Promise<Record<Screen["project"], string>> {
  const { orgs, users, projects } = ctx;
  const data: Prisma.DealScreenCreateManyInput[] = SCREENS.map((s) => ({
    id: demoId(`northwind/deal-screen/${s.project}`),
    orgId: orgs.northwind,
    projectId: projects[s.project].id,
    status: "COMPLETED",
    recommendation: s.recommendation,
    overallScore: s.score,
    rationale: s.rationale,
    keyStrengths: s.strengths,
    keyRisks: s.risks,
    nextSteps: s.nextSteps,
    modelUsed: AI_MODEL,
    triggeredBy: users.priya,
    createdAt: day(s.on),
    updatedAt: day(s.on),
  }));
  await db.dealScreen.createMany({ data, skipDuplicates: true });
  // One screen per org and project: if Northwind already screened a project, its rows hang on that screen.
  const rows = await db.dealScreen.findMany({
    where: { orgId: orgs.northwind, projectId: { in: SCREENS.map((s) => projects[s.project].id) } },
    select: { id: true, projectId: true },
  });
  const screenIds = Object.fromEntries(SCREENS.map((s) => [s.project, rows.find((r) => r.projectId === projects[s.project].id)!.id])) as Record<
    Screen["project"],
    string
  >;

  return screenIds;
}
