import type { AiContextType, AiMessageRole, Prisma } from "../../lib/db/generated/client";
import { DIMENSIONS } from "../../lib/signal-score/dimensions";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";
import { AI_MODEL } from "./seed-deal-intelligence";
import { portfolioId } from "./seed-portfolio";
import { signalScoreId } from "./seed-signal-scores";

export const conversationId = (key: "turkana-score" | "kisumu-breach") => demoId(`ai-conversation/${key}`);
export const messageId = (key: "turkana-score" | "kisumu-breach", n: number) => demoId(`ai-conversation/${key}/message/${n}`);

type Message = { role: AiMessageRole; content: string; tokens?: [number, number]; toolCalls?: Prisma.InputJsonValue; toolResults?: Prisma.InputJsonValue };
type Conversation = {
  key: "turkana-score" | "kisumu-breach";
  org: string;
  user: string;
  type: AiContextType;
  entity: string;
  title: string;
  summary: string;
  daysAgo: number;
  messages: Message[];
};

const CONVERSATION_DAY = 10;
const oneDecimal = (value: unknown) => Number(value).toFixed(1);

/** Sarah asks Ralph about the score; his answer quotes version 3 and the quests open that day, as stored. */
async function turkanaScoreConversation(db: FactoryDb, ctx: DemoContext): Promise<Conversation> {
  const turkana = ctx.projects.turkana.id;
  const score = await db.signalScore.findUniqueOrThrow({ where: { id: signalScoreId("turkana", 3) } });
  const asked = daysAgo(CONVERSATION_DAY, 9);
  const quests = await db.improvementQuest.findMany({
    where: { projectId: turkana, createdAt: { lte: asked }, OR: [{ completedAt: null }, { completedAt: { gt: asked } }] },
    orderBy: [{ estimatedScoreImpact: "desc" }, { title: "asc" }],
  });
  const dimensions = DIMENSIONS.map((d) => ({ label: d.label.toLowerCase(), score: Number(score[d.column] ?? 0) })).sort((a, b) => a.score - b.score);
  const [weakest, next] = dimensions;
  const steps = quests.slice(0, 3).map((q) => `${q.title.charAt(0).toLowerCase()}${q.title.slice(1)} (about +${q.estimatedScoreImpact})`);
  return {
    key: "turkana-score",
    org: ctx.orgs.helios,
    user: ctx.users.sarah,
    type: "PROJECT",
    entity: turkana,
    daysAgo: CONVERSATION_DAY,
    title: "How do we raise Turkana's score?",
    summary: `Ralph named the weakest dimensions (${weakest.label}, ${next.label}) and ranked the open quests.`,
    messages: [
      { role: "user", content: "What is holding Turkana's signal score back, and what should we do first?" },
      {
        role: "assistant",
        content: "Let me read the latest score and the open improvement quests.",
        tokens: [2140, 96],
        toolCalls: [
          { id: "toolu_01", name: "get_signal_score", input: { projectId: turkana, version: "latest" } },
          { id: "toolu_02", name: "list_improvement_quests", input: { projectId: turkana, status: "active" } },
        ],
      },
      {
        role: "tool",
        content: "2 tool results",
        toolResults: [
          {
            toolUseId: "toolu_01",
            content: {
              signalScoreId: score.id,
              version: score.version,
              overallScore: score.overallScore.toFixed(2),
              ...Object.fromEntries(DIMENSIONS.map((d) => [d.column, score[d.column]?.toFixed(2) ?? null])),
            },
          },
          { toolUseId: "toolu_02", content: { quests: quests.slice(0, 3).map((q) => `${q.title} (+${q.estimatedScoreImpact})`) } },
        ],
      },
      {
        role: "assistant",
        tokens: [3380, 212],
        content: `Turkana scores ${oneDecimal(score.overallScore)} (version ${score.version}). The weakest dimensions are ${weakest.label} (${oneDecimal(weakest.score)}) and ${next.label} (${oneDecimal(next.score)}).${steps.length ? ` In order of impact: ${steps.join("; ")}.` : " No improvement quest is open."}`,
      },
    ],
  };
}

/** Two Ralph conversations: Sarah asks how to raise Turkana's score, Priya asks about the Kisumu covenant breach. */
export async function seedAiConversations(db: FactoryDb, ctx: DemoContext) {
  const { orgs, users } = ctx;
  const conversations: Conversation[] = [
    await turkanaScoreConversation(db, ctx),
    {
      key: "kisumu-breach",
      org: orgs.northwind,
      user: users.priya,
      type: "PORTFOLIO",
      entity: portfolioId,
      daysAgo: 3,
      title: "Kisumu collections covenant breach",
      summary: "The breach is a collections issue at three school sites; DSCR remains 1.41x; Kisumu is about 29% of Fund I NAV.",
      messages: [
        { role: "user", content: "Why is the Kisumu holding in breach, and what does it mean for Fund I?" },
        {
          role: "assistant",
          content: "Checking the covenants and the latest NAV.",
          tokens: [1880, 74],
          toolCalls: [{ id: "toolu_11", name: "get_covenants", input: { portfolioId, status: ["WARNING", "BREACH"] } }],
        },
        {
          role: "tool",
          content: "1 tool result",
          toolResults: [
            {
              toolUseId: "toolu_11",
              content: {
                breaches: [{ name: "Lease collection rate >= 92%", currentValue: "89.5000", breachDate: "2026-11-05" }],
                warnings: [{ name: "Capex overrun <= 10%", currentValue: "8.9000" }],
              },
            },
          ],
        },
        {
          role: "assistant",
          tokens: [2610, 188],
          content:
            "The lease collection rate covenant (at least 92%) has been in breach since 5 November at 89.5%: three school sites are more than 60 days in arrears after a county budget delay. Debt service is not at risk: DSCR is 1.41x against a 1.20x minimum. Kisumu's NAV of USD 2.91m is about 29% of Fund I's USD 9.90m. Mount Elgon's capex overrun covenant is also at warning (8.9% against 10%).",
        },
      ],
    },
  ];

  await db.aiConversation.createMany({
    skipDuplicates: true,
    data: conversations.map((c) => ({
      id: conversationId(c.key),
      orgId: c.org,
      userId: c.user,
      contextType: c.type,
      contextEntityId: c.entity,
      title: c.title,
      summary: c.summary,
      metadata: { promptTemplate: "chat_with_tools", promptVersion: 2 },
      createdAt: daysAgo(c.daysAgo, 9),
      updatedAt: daysAgo(c.daysAgo, 9.1),
    })),
  });
  await db.aiMessage.createMany({
    skipDuplicates: true,
    data: conversations.flatMap((c) =>
      c.messages.map((m, index) => ({
        id: messageId(c.key, index + 1),
        conversationId: conversationId(c.key),
        role: m.role,
        content: m.content,
        modelUsed: m.role === "assistant" ? AI_MODEL : null,
        tokensInput: m.tokens?.[0] ?? null,
        tokensOutput: m.tokens?.[1] ?? null,
        toolCalls: m.toolCalls,
        toolResults: m.toolResults,
        createdAt: new Date(daysAgo(c.daysAgo, 9).getTime() + index * 4_000),
      })),
    ),
  });
}
