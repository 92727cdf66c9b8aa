import type { AnalysisExtractionType, Prisma } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import { documentId, turkanaFile } from "./dataroom-documents";
import type { DemoContentKey } from "./dataroom-texts";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId, sha256Hex } from "./demo-ids";
import { messageId } from "./seed-ai-conversations";
import { AI_MODEL, investmentMemoId } from "./seed-deal-intelligence";
import { SCORE_MODEL, signalScoreId } from "./seed-signal-scores";

/** Where the AI outputs came from: cached document analyses, lineage and [n] citations, and users' ratings of them. */
export async function seedAiProvenance(db: FactoryDb, ctx: DemoContext, screenIds: { turkana: string; riftValley: string }) {
  const { orgs, users } = ctx;
  type Analysis = [doc: DemoContentKey, type: AnalysisExtractionType, org: string, model: string, result: Prisma.InputJsonValue, at: Date];
  const analyses: Analysis[] = [
    [
      "financial-model-v3",
      "FINANCIAL_METRICS",
      orgs.helios,
      SCORE_MODEL,
      { capexUsd: "41500000.00", gearingPct: 70, minDscr: 1.32, avgDscr: 1.45, projectIrrPct: 11.2, equityIrrPct: 14.8 },
      daysAgo(12, 10.6),
    ],
    [
      "financial-model-v3",
      "QUALITY_ASSESSMENT",
      orgs.helios,
      SCORE_MODEL,
      { score: 82, strengths: ["P90 sensitivities", "sculpted debt"], gaps: ["No downside case for EPRA delay"] },
      daysAgo(12, 10.6),
    ],
    [
      "ppa-term-sheet-v2",
      "LEGAL_CLAUSES",
      orgs.helios,
      AI_MODEL,
      {
        clauses: [
          { name: "Deemed energy", summary: "Curtailment above 2% of P50 is paid" },
          { name: "Termination payment", summary: "Senior debt plus 12% equity return" },
        ],
      },
      daysAgo(33, 10.6),
    ],
    [
      "ppa-term-sheet-v2",
      "DEAL_RELEVANCE",
      orgs.northwind,
      AI_MODEL,
      { relevance: "high", mandate: "East Africa Renewable Infrastructure", notes: "USD tariff removes FX risk on revenue" },
      daysAgo(9, 10.2),
    ],
    [
      "energy-yield",
      "RISK_FLAGS",
      orgs.helios,
      SCORE_MODEL,
      { flags: [{ severity: "high", page: 6, text: "Dry-season curtailment 4-6% without the Lodwar-Kainuk reinforcement" }] },
      daysAgo(65, 13),
    ],
    [
      "esia",
      "ESG_FACTS",
      orgs.helios,
      SCORE_MODEL,
      { avoidedTco2ePerYear: 61000, householdsAffected: 62, ifcPerformanceStandards: [1, 2, 3, 5, 7], permanentJobs: 28 },
      daysAgo(65, 13),
    ],
    [
      "land-lease",
      "ENTITY_EXTRACTION",
      orgs.helios,
      AI_MODEL,
      { parties: ["County Government of Turkana", "Turkana Solar Park Ltd"], parcel: "Turkana/Lodwar-Kanamkemer/1187", termYears: 30 },
      daysAgo(4, 9),
    ],
    ["team-cvs", "COMPLETENESS_CHECK", orgs.helios, SCORE_MODEL, { complete: false, missing: ["CFO", "HSE manager"] }, daysAgo(11, 13.9)],
  ];
  // Cached analyses are keyed by the hash of the text the analysers read (see readDocumentText).
  await db.analysisExtraction.createMany({
    skipDuplicates: true,
    data: await Promise.all(
      analyses.map(async ([doc, extractionType, orgId, modelUsed, result, at]) => ({
        id: demoId(`analysis/${doc}/${extractionType}`),
        orgId,
        documentId: documentId(doc),
        extractionType,
        contentHash: sha256Hex((await turkanaFile(doc)).analysisText),
        result,
        modelUsed,
        createdAt: at,
        updatedAt: at,
      })),
    ),
  });

  const score3 = signalScoreId("turkana", 3);
  type Lineage = [org: string, entityType: string, entityId: string, sourceType: string, sourceId: string, contribution: string, at: Date];
  const lineage: Lineage[] = [
    [orgs.northwind, "DealScreen", screenIds.turkana, "SignalScore", score3, "project quality input", daysAgo(8, 9)],
    [orgs.northwind, "DealScreen", screenIds.turkana, "Document", documentId("financial-model-v3"), "financial metrics", daysAgo(8, 9)],
  ];
  await db.lineageRecord.createMany({
    skipDuplicates: true,
    data: lineage.map(([orgId, entityType, entityId, sourceType, sourceId, contribution, createdAt]) => ({
      id: demoId(`lineage/${entityType}/${entityId}/${sourceId}/${contribution}`),
      orgId,
      entityType,
      entityId,
      sourceType,
      sourceId,
      contribution,
      createdAt,
    })),
  });

  const ralphAnswer = messageId("turkana-score", 4);
  // Citations are written with what cites them: each score version (seed-signal-scores), each screen version (seed-deal-screening), the memo (seed-investment-memos).

  type Rating = [key: string, org: string, user: string, entityType: string, entityId: string, rating: 1 | -1, comment: string | null, at: Date];
  const ratings: Rating[] = [
    ["sarah/score-v3", orgs.helios, users.sarah, "SignalScore", score3, 1, "The curtailment point is exactly what Northwind asked about.", daysAgo(11, 15)],
    [
      "amara/score-v2",
      orgs.helios,
      users.amara,
      "SignalScore",
      signalScoreId("turkana", 2),
      -1,
      "Team strength ignores our two previous financial closes.",
      daysAgo(65, 16),
    ],
    [
      "priya/screen-rift",
      orgs.northwind,
      users.priya,
      "DealScreen",
      screenIds.riftValley,
      -1,
      "Flags the ticket size but ignores the co-investment route.",
      daysAgo(49, 10),
    ],
    ["james/memo-turkana", orgs.northwind, users.james, "InvestmentMemo", investmentMemoId, 1, null, daysAgo(5, 17)],
    ["sarah/ralph-answer", orgs.helios, users.sarah, "AiMessage", ralphAnswer, 1, "Clear priorities.", daysAgo(10, 9.2)],
  ];
  await db.aiFeedback.createMany({
    skipDuplicates: true,
    data: ratings.map(([key, orgId, userId, entityType, entityId, rating, comment, createdAt]) => ({
      id: demoId(`ai-feedback/${key}`),
      orgId,
      userId,
      entityType,
      entityId,
      rating,
      comment,
      createdAt,
    })),
  });
}
