import type { AiTaskStatus } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";

export const SCORE_MODEL = "offline-rules-v1";
const WEIGHTS = { viability: 0.25, financial: 0.25, risk: 0.2, team: 0.15, esg: 0.15 };
type Dimensions = Record<keyof typeof WEIGHTS, number>;

export const signalScoreId = (project: string, version: number) => demoId(`${project}/signal-score/v${version}`);

export function overallScore(d: Dimensions): string {
  const total = (Object.keys(WEIGHTS) as (keyof Dimensions)[]).reduce((sum, key) => sum + d[key] * WEIGHTS[key], 0);
  return total.toFixed(2);
}

type ScoreVersion = { project: "turkana" | "riftValley" | "mombasa"; version: number; daysAgo: number; by: "amara" | "sarah"; status: AiTaskStatus; dims: Dimensions | null; narrative: string | null };

export const SCORE_VERSIONS: ScoreVersion[] = [
  {
    project: "turkana", version: 1, daysAgo: 162, by: "amara", status: "COMPLETED",
    dims: { viability: 64, financial: 52, risk: 55, team: 66, esg: 50 },
    narrative: "A credible site with an independent yield study, but the financial model is a first draft without debt sizing, there is no offtake term sheet, and the ESIA is still in preparation.",
  },
  {
    project: "turkana", version: 2, daysAgo: 65, by: "sarah", status: "COMPLETED",
    dims: { viability: 70, financial: 60, risk: 63, team: 68, esg: 74 },
    narrative: "The NEMA-approved ESIA with a livelihood restoration plan lifts the ESG dimension; the grid connection agreement removes the main permitting risk. The model still lacks lender-case sensitivities.",
  },
  {
    project: "turkana", version: 3, daysAgo: 11, by: "sarah", status: "COMPLETED",
    dims: { viability: 76, financial: 73, risk: 68, team: 69, esg: 79 },
    narrative:
      "Turkana Solar Park is approaching investment readiness. The revised model shows a 1.32x minimum DSCR and a 14.8% equity IRR [1], on a 20-year USD tariff of 0.0745/kWh [2]. The energy yield study flags dry-season curtailment of up to 4-6% if the Lodwar-Kainuk line is not reinforced [3], the largest open risk. The ESIA applies IFC PS 1-7 with documented FPIC [4]. Hiring a CFO would strengthen the team dimension.",
  },
  {
    project: "riftValley", version: 1, daysAgo: 40, by: "amara", status: "COMPLETED",
    dims: { viability: 72, financial: 55, risk: 58, team: 66, esg: 61 },
    narrative: "Strong wind resource backed by 24 months of met-mast data; turbine supply and grid impact study are still open, and the financial model has no debt case.",
  },
  { project: "mombasa", version: 1, daysAgo: 3, by: "amara", status: "FAILED", dims: null, narrative: "Scoring failed: not enough evidence to score; the data room has no financial model or offtake document." },
];

/** Signal score history: Turkana's three rising versions, one for Rift Valley, a failed first attempt for the battery project. */
export async function seedSignalScores(db: FactoryDb, ctx: DemoContext) {
  await db.signalScore.createMany({
    skipDuplicates: true,
    data: SCORE_VERSIONS.map((s) => ({
      id: signalScoreId(s.project, s.version),
      orgId: ctx.orgs.helios,
      projectId: ctx.projects[s.project].id,
      version: s.version,
      overallScore: s.dims ? overallScore(s.dims) : "0",
      projectViabilityScore: s.dims ? s.dims.viability.toFixed(2) : null,
      financialPlanningScore: s.dims ? s.dims.financial.toFixed(2) : null,
      riskAssessmentScore: s.dims ? s.dims.risk.toFixed(2) : null,
      teamStrengthScore: s.dims ? s.dims.team.toFixed(2) : null,
      esgScore: s.dims ? s.dims.esg.toFixed(2) : null,
      status: s.status,
      narrative: s.narrative,
      modelVersion: SCORE_MODEL,
      triggeredBy: ctx.users[s.by],
      createdAt: daysAgo(s.daysAgo, 14),
      updatedAt: daysAgo(s.daysAgo, 14.05),
    })),
  });
}
