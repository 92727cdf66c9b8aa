import { costUsd as priceRun } from "../../lib/ai/price-table";
import type { AiAgentType, AiTaskStatus, Prisma } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import { documentId } from "./dataroom-documents";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId, noise } from "./demo-ids";
import { conversationId, messageId } from "./seed-ai-conversations";
import { AI_MODEL, investmentMemoId } from "./seed-deal-intelligence";
import { matchId } from "./seed-matching";
import { portfolioId } from "./seed-portfolio";
import { SCORE_MODEL, signalScoreId } from "./seed-signal-scores";

/** Priced as the app prices a run; offline analysers cost nothing; a run still in progress has no cost yet. */
function costUsd(model: string, tokens: [number, number] | null): string | null {
  if (model.startsWith("offline-")) return "0.000000";
  return tokens ? priceRun(model, tokens[0], tokens[1]).toFixed(6) : null;
}

type Log = {
  key: string;
  org: string;
  agent: AiAgentType;
  entityType: string;
  entityId: string;
  status: AiTaskStatus;
  model: string;
  tokens: [number, number] | null;
  by: string | null;
  at: Date;
  input: Prisma.InputJsonValue;
  output?: Prisma.InputJsonValue;
  error?: string;
};

/** One log row per AI run in the story: offline scoring, model-backed screening, memo, chat; one failure. */
export async function seedAiTaskLogs(db: FactoryDb, ctx: DemoContext, screenIds: Record<"turkana" | "riftValley" | "biomass", string>) {
  const { orgs, users, projects } = ctx;
  // Signal Score runs are logged with their versions (seed-signal-scores), output and all.
  const logs: Log[] = [];
  logs.push(
    {
      key: "extract/financial-model-v3",
      org: orgs.helios,
      agent: "DOCUMENT_EXTRACTION",
      entityType: "Document",
      entityId: documentId("financial-model-v3"),
      status: "COMPLETED",
      model: SCORE_MODEL,
      tokens: null,
      by: users.sarah,
      at: daysAgo(12, 10.3),
      input: { passes: ["TEXT", "SUMMARY", "KEY_FIGURES"] },
      output: { pages: 4 },
    },
    {
      key: "extract/ppa-term-sheet-v2",
      org: orgs.helios,
      agent: "LEGAL_ANALYSIS",
      entityType: "Document",
      entityId: documentId("ppa-term-sheet-v2"),
      status: "COMPLETED",
      model: AI_MODEL,
      tokens: [9_820, 1_140],
      by: users.amara,
      at: daysAgo(33, 10.6),
      input: { extraction: "LEGAL_CLAUSES" },
      output: { clauses: 2 },
    },
    {
      key: "classify/insurance-letter",
      org: orgs.helios,
      agent: "DOCUMENT_CLASSIFICATION",
      entityType: "Document",
      entityId: documentId("insurance-letter"),
      status: "COMPLETED",
      model: AI_MODEL,
      tokens: [2_140, 96],
      by: users.david,
      at: daysAgo(1, 10.3),
      input: { pages: 2 },
      output: { category: "insurance", classification: "CONFIDENTIAL" },
    },
    {
      key: "pii/land-lease",
      org: orgs.helios,
      agent: "PII_REDACTION",
      entityType: "Document",
      entityId: documentId("land-lease"),
      status: "COMPLETED",
      model: AI_MODEL,
      tokens: [14_250, 980],
      by: users.amara,
      at: daysAgo(4, 9),
      input: { pages: 6 },
      output: { entities: 5 },
    },
    {
      key: "quests/turkana",
      org: orgs.helios,
      agent: "IMPROVEMENT_QUESTS",
      entityType: "SignalScore",
      entityId: signalScoreId("turkana", 3),
      status: "COMPLETED",
      model: SCORE_MODEL,
      tokens: null,
      by: null,
      at: daysAgo(11, 14.1),
      input: { projectId: projects.turkana.id },
      output: { quests: "from the score's largest gaps" },
    },
    {
      key: "qa-draft/curtailment",
      org: orgs.helios,
      agent: "QA_ANSWER_DRAFT",
      entityType: "QaQuestion",
      entityId: demoId("turkana/qa/curtailment"),
      status: "COMPLETED",
      model: AI_MODEL,
      tokens: [6_410, 322],
      by: users.david,
      at: daysAgo(8, 8.9),
      input: { documents: 2 },
      output: { draft: true },
    },
    {
      key: "chat/turkana-score",
      org: orgs.helios,
      agent: "RALPH_CHAT",
      entityType: "AiConversation",
      entityId: conversationId("turkana-score"),
      status: "COMPLETED",
      model: AI_MODEL,
      tokens: [5_520, 308],
      by: users.sarah,
      at: daysAgo(10, 9),
      input: { messageId: messageId("turkana-score", 1) },
      output: { messageId: messageId("turkana-score", 4) },
    },
    {
      key: "match/east-africa",
      org: orgs.northwind,
      agent: "MATCHING",
      entityType: "MatchResult",
      entityId: matchId("turkana"),
      status: "COMPLETED",
      model: SCORE_MODEL,
      tokens: null,
      by: null,
      at: daysAgo(57, 6),
      input: { mandate: "East Africa Renewable Infrastructure" },
      output: { candidates: 2 },
    },
    {
      key: "screen/turkana",
      org: orgs.northwind,
      agent: "DEAL_SCREENING",
      entityType: "DealScreen",
      entityId: screenIds.turkana,
      status: "COMPLETED",
      model: AI_MODEL,
      tokens: [18_400, 1_650],
      by: users.priya,
      at: daysAgo(8, 9),
      input: { projectId: projects.turkana.id },
      output: { recommendation: "PASS" },
    },
    {
      key: "screen/rift-valley",
      org: orgs.northwind,
      agent: "DEAL_SCREENING",
      entityType: "DealScreen",
      entityId: screenIds.riftValley,
      status: "COMPLETED",
      model: AI_MODEL,
      tokens: [15_900, 1_420],
      by: users.priya,
      at: daysAgo(50, 9),
      input: { projectId: projects.riftValley.id },
      output: { recommendation: "REVIEW" },
    },
    {
      key: "screen/biomass",
      org: orgs.northwind,
      agent: "DEAL_SCREENING",
      entityType: "DealScreen",
      entityId: screenIds.biomass,
      status: "COMPLETED",
      model: AI_MODEL,
      tokens: [12_300, 1_210],
      by: users.priya,
      at: new Date("2026-05-20T09:00:00Z"),
      input: { projectId: projects.biomass.id },
      output: { recommendation: "REJECT" },
    },
    {
      key: "memo/turkana",
      org: orgs.northwind,
      agent: "INVESTMENT_MEMO",
      entityType: "InvestmentMemo",
      entityId: investmentMemoId,
      status: "COMPLETED",
      model: AI_MODEL,
      tokens: [24_800, 3_950],
      by: users.james,
      at: daysAgo(6, 9),
      input: { dealScreenId: screenIds.turkana },
      output: { sections: 7 },
    },
    {
      key: "chat/kisumu-breach",
      org: orgs.northwind,
      agent: "RALPH_CHAT",
      entityType: "AiConversation",
      entityId: conversationId("kisumu-breach"),
      status: "COMPLETED",
      model: AI_MODEL,
      tokens: [4_490, 262],
      by: users.priya,
      at: daysAgo(3, 9),
      input: { messageId: messageId("kisumu-breach", 1) },
      output: { messageId: messageId("kisumu-breach", 4) },
    },
    {
      key: "insights/fund-1",
      org: orgs.northwind,
      agent: "PORTFOLIO_INSIGHTS",
      entityType: "Portfolio",
      entityId: portfolioId,
      status: "FAILED",
      model: AI_MODEL,
      tokens: [8_100, 0],
      by: users.priya,
      at: daysAgo(2, 7),
      input: { period: "2026-11" },
      error: "Anthropic API 529 overloaded_error after 3 retries; try again later.",
    },
  );
  logs.push(...earlierRuns(ctx));
  await db.aiTaskLog.createMany({
    skipDuplicates: true,
    data: logs.map((l) => ({
      id: demoId(`ai-task/${l.key}`),
      orgId: l.org,
      agentType: l.agent,
      entityType: l.entityType,
      entityId: l.entityId,
      status: l.status,
      inputData: l.input,
      outputData: l.output,
      errorMessage: l.error ?? null,
      modelUsed: l.model,
      tokensInput: l.tokens?.[0] ?? null,
      tokensOutput: l.tokens?.[1] ?? null,
      costUsd: costUsd(l.model, l.tokens),
      triggeredBy: l.by,
      createdAt: l.at,
    })),
  });
}

/** Tokens of one model call, varied per run but identical on every seed: [input, output]. */
function tokensFor(label: string, input: number, output: number): [number, number] {
  return [Math.round(input * (1 + 0.35 * noise(`${label}/in`))), Math.round(output * (1 + 0.35 * noise(`${label}/out`)))];
}

/**
 * The months before the story's present, with the tasks the app runs: each Signal Score reads the
 * data room's new documents into facts first (DOCUMENT_EXTRACTION), and redaction asks the model
 * for personal data chunk by chunk (PII_REDACTION). So the usage pages have a year to show.
 */
function earlierRuns({ orgs, users, projects }: DemoContext): Log[] {
  const extraction = (doc: string, by: keyof DemoContext["users"], at: Date, scoreVersion: number): Log => ({
    key: `history/extract/${doc}/score-v${scoreVersion}`,
    org: orgs.helios,
    agent: "DOCUMENT_EXTRACTION",
    entityType: "Document",
    entityId: documentId(doc),
    status: "COMPLETED",
    model: AI_MODEL,
    tokens: tokensFor(doc, 11_000, 1_300),
    by: users[by],
    at,
    input: {
      prompt: { taskType: "document_summary", version: 1 },
      input: { documentId: documentId(doc), extractionType: "KEY_FIGURES", projectId: projects.turkana.id },
    },
    output: { facts: 4 + Math.round(3 * noise(doc)) },
  });
  const redaction = (doc: string, by: keyof DemoContext["users"], day: number, chunks: string[]): Log[] =>
    chunks.map((pages, index) => ({
      key: `history/pii/${doc}/${pages}`,
      org: orgs.helios,
      agent: "PII_REDACTION" as const,
      entityType: "Document",
      entityId: documentId(doc),
      status: "COMPLETED" as const,
      model: AI_MODEL,
      tokens: tokensFor(`${doc}/${pages}`, 8_200, 520),
      by: users[by],
      at: daysAgo(day, 9 + index * 0.05),
      input: { prompt: { taskType: "pii_detection", version: 1 }, input: { documentId: documentId(doc), pages } },
      output: { entities: 1 + Math.round(2 * (1 + noise(pages))) },
    }));
  // Score v1 (162 days ago) and v2 (65 days ago) each read the documents that were new to them.
  const v1 = ["land-lease", "energy-yield", "team-cvs", "financial-model-v1", "grid-connection"].map((doc, i) =>
    extraction(doc, "amara", daysAgo(162, 13.8 + i * 0.02), 1),
  );
  const v2 = ["financial-model-v2", "ppa-term-sheet-v1", "esia"].map((doc, i) => extraction(doc, "sarah", daysAgo(65, 13.8 + i * 0.02), 2));
  return [
    ...v1,
    ...v2,
    ...redaction("team-cvs", "amara", 82, ["pages 1-6", "pages 7-12", "pages 13-16"]),
    ...redaction("esia", "sarah", 69, ["pages 1-10", "pages 11-20", "pages 21-30", "pages 31-36"]),
    ...redaction("grid-connection", "david", 47, ["pages 1-8", "pages 9-14"]),
  ];
}
