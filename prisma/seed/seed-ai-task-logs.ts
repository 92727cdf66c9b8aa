import type { AiAgentType, AiTaskStatus, Prisma } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import { documentId } from "./dataroom-documents";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";
import { conversationId, messageId } from "./seed-ai-conversations";
import { AI_MODEL, investmentMemoId } from "./seed-deal-intelligence";
import { matchId } from "./seed-matching";
import { portfolioId } from "./seed-portfolio";
import { SCORE_MODEL, SCORE_VERSIONS, overallScore, signalScoreId } from "./seed-signal-scores";

/** USD per million tokens (input, output) for the model the demo uses. */
const PRICE_PER_MTOK = { [AI_MODEL]: [3, 15] } as Record<string, [number, number]>;

/** Offline analysers cost nothing; a run still in progress has no cost yet. */
function costUsd(model: string, tokens: [number, number] | null): string | null {
  if (model.startsWith("offline-")) return "0.000000";
  const price = PRICE_PER_MTOK[model];
  if (!price || !tokens) return null;
  return ((tokens[0] * price[0] + tokens[1] * price[1]) / 1_000_000).toFixed(6);
}

type Log = {
  key: string; org: string; agent: AiAgentType; entityType: string; entityId: string; status: AiTaskStatus; model: string; tokens: [number, number] | null;
  by: string | null; at: Date; input: Prisma.InputJsonValue; output?: Prisma.InputJsonValue; error?: string;
};

/** One log row per AI run in the story: offline scoring, model-backed screening, memo, chat; one failure. */
export async function seedAiTaskLogs(db: FactoryDb, ctx: DemoContext, screenIds: Record<"turkana" | "riftValley" | "biomass", string>) {
  const { orgs, users, projects } = ctx;
  const logs: Log[] = SCORE_VERSIONS.map((s) => ({
    key: `signal-score/${s.project}/v${s.version}`, org: orgs.helios, agent: "SIGNAL_SCORE" as const, entityType: "SignalScore", entityId: signalScoreId(s.project, s.version),
    status: s.status, model: SCORE_MODEL, tokens: null, by: users[s.by], at: daysAgo(s.daysAgo, 14), input: { projectId: projects[s.project].id, version: s.version },
    output: s.dims ? { overallScore: overallScore(s.dims) } : undefined,
    error: s.status === "FAILED" ? s.narrative?.replace(/^Scoring failed: /, "") : undefined,
  }));
  logs.push(
    { key: "extract/financial-model-v3", org: orgs.helios, agent: "DOCUMENT_EXTRACTION", entityType: "Document", entityId: documentId("financial-model-v3"), status: "COMPLETED", model: SCORE_MODEL, tokens: null, by: users.sarah, at: daysAgo(12, 10.3), input: { passes: ["TEXT", "SUMMARY", "KEY_FIGURES"] }, output: { pages: 12 } },
    { key: "extract/ppa-term-sheet-v2", org: orgs.helios, agent: "LEGAL_ANALYSIS", entityType: "Document", entityId: documentId("ppa-term-sheet-v2"), status: "COMPLETED", model: AI_MODEL, tokens: [9_820, 1_140], by: users.amara, at: daysAgo(33, 10.6), input: { extraction: "LEGAL_CLAUSES" }, output: { clauses: 2 } },
    { key: "classify/insurance-letter", org: orgs.helios, agent: "DOCUMENT_CLASSIFICATION", entityType: "Document", entityId: documentId("insurance-letter"), status: "PROCESSING", model: AI_MODEL, tokens: null, by: users.david, at: daysAgo(1, 10.3), input: { pages: 4 } },
    { key: "pii/land-lease", org: orgs.helios, agent: "PII_REDACTION", entityType: "Document", entityId: documentId("land-lease"), status: "COMPLETED", model: AI_MODEL, tokens: [14_250, 980], by: users.amara, at: daysAgo(4, 9), input: { pages: 28 }, output: { entities: 6 } },
    { key: "quests/turkana", org: orgs.helios, agent: "IMPROVEMENT_QUESTS", entityType: "SignalScore", entityId: signalScoreId("turkana", 3), status: "COMPLETED", model: SCORE_MODEL, tokens: null, by: null, at: daysAgo(11, 14.1), input: { projectId: projects.turkana.id }, output: { quests: 3 } },
    { key: "qa-draft/curtailment", org: orgs.helios, agent: "QA_ANSWER_DRAFT", entityType: "QaQuestion", entityId: demoId("turkana/qa/curtailment"), status: "COMPLETED", model: AI_MODEL, tokens: [6_410, 322], by: users.david, at: daysAgo(8, 8.9), input: { documents: 2 }, output: { draft: true } },
    { key: "chat/turkana-score", org: orgs.helios, agent: "RALPH_CHAT", entityType: "AiConversation", entityId: conversationId("turkana-score"), status: "COMPLETED", model: AI_MODEL, tokens: [5_520, 308], by: users.sarah, at: daysAgo(10, 9), input: { messageId: messageId("turkana-score", 1) }, output: { messageId: messageId("turkana-score", 4) } },
    { key: "match/east-africa", org: orgs.northwind, agent: "MATCHING", entityType: "MatchResult", entityId: matchId("turkana"), status: "COMPLETED", model: SCORE_MODEL, tokens: null, by: null, at: daysAgo(57, 6), input: { mandate: "East Africa Renewable Infrastructure" }, output: { candidates: 2 } },
    { key: "screen/turkana", org: orgs.northwind, agent: "DEAL_SCREENING", entityType: "DealScreen", entityId: screenIds.turkana, status: "COMPLETED", model: AI_MODEL, tokens: [18_400, 1_650], by: users.priya, at: daysAgo(8, 9), input: { projectId: projects.turkana.id }, output: { recommendation: "PASS" } },
    { key: "screen/rift-valley", org: orgs.northwind, agent: "DEAL_SCREENING", entityType: "DealScreen", entityId: screenIds.riftValley, status: "COMPLETED", model: AI_MODEL, tokens: [15_900, 1_420], by: users.priya, at: daysAgo(50, 9), input: { projectId: projects.riftValley.id }, output: { recommendation: "REVIEW" } },
    { key: "screen/biomass", org: orgs.northwind, agent: "DEAL_SCREENING", entityType: "DealScreen", entityId: screenIds.biomass, status: "COMPLETED", model: AI_MODEL, tokens: [12_300, 1_210], by: users.priya, at: new Date("2026-05-20T09:00:00Z"), input: { projectId: projects.biomass.id }, output: { recommendation: "REJECT" } },
    { key: "memo/turkana", org: orgs.northwind, agent: "INVESTMENT_MEMO", entityType: "InvestmentMemo", entityId: investmentMemoId, status: "COMPLETED", model: AI_MODEL, tokens: [24_800, 3_950], by: users.james, at: daysAgo(6, 9), input: { dealScreenId: screenIds.turkana }, output: { sections: 7 } },
    { key: "chat/kisumu-breach", org: orgs.northwind, agent: "RALPH_CHAT", entityType: "AiConversation", entityId: conversationId("kisumu-breach"), status: "COMPLETED", model: AI_MODEL, tokens: [4_490, 262], by: users.priya, at: daysAgo(3, 9), input: { messageId: messageId("kisumu-breach", 1) }, output: { messageId: messageId("kisumu-breach", 4) } },
    {
      key: "insights/fund-1", org: orgs.northwind, agent: "PORTFOLIO_INSIGHTS", entityType: "Portfolio", entityId: portfolioId, status: "FAILED", model: AI_MODEL, tokens: [8_100, 0], by: users.priya, at: daysAgo(2, 7),
      input: { period: "2026-11" }, error: "Anthropic API 529 overloaded_error after 3 retries; try again later.",
    },
  );
  await db.aiTaskLog.createMany({
    skipDuplicates: true,
    data: logs.map((l) => ({
      id: demoId(`ai-task/${l.key}`), orgId: l.org, agentType: l.agent, entityType: l.entityType, entityId: l.entityId, status: l.status, inputData: l.input,
      outputData: l.output, errorMessage: l.error ?? null, modelUsed: l.model, tokensInput: l.tokens?.[0] ?? null, tokensOutput: l.tokens?.[1] ?? null,
      costUsd: costUsd(l.model, l.tokens), triggeredBy: l.by, createdAt: l.at,
    })),
  });
}
