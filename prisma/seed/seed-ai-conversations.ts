import { register } from "node:module";
import type { AiContextType } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import type { DemoContext } from "./demo-context";
import { daysAgo, demoId } from "./demo-ids";
import { portfolioId } from "./seed-portfolio";

type Key = "turkana-score" | "kisumu-breach";
export const conversationId = (key: Key) => demoId(`ai-conversation/${key}`);
/** Messages are numbered in order: 1 the first question, 2 its answer, 3 the second question, 4 its answer. */
export const messageId = (key: Key, n: number) => demoId(`ai-conversation/${key}/message/${n}`);

type Conversation = { key: Key; org: string; user: string; type: AiContextType; entity: string; daysAgo: number; questions: string[] };

const SECONDS_TO_ANSWER = 4;
const SECONDS_BETWEEN_QUESTIONS = 90;

/**
 * Two conversations with Ralph, produced by the offline assistant itself over the seeded data, at
 * their story's dates: Sarah asks about Turkana's score and its grid documents from the project
 * page; Priya asks about Fund I's IRR and its covenants from the portfolio page. What they show
 * (tool steps, citations to real document pages, holdings and questions) is what the assistant
 * answers today, stored in its own format.
 */
export async function seedAiConversations(db: FactoryDb, ctx: DemoContext) {
  const conversations: Conversation[] = [
    {
      key: "turkana-score",
      org: ctx.orgs.helios,
      user: ctx.users.sarah,
      type: "PROJECT",
      entity: ctx.projects.turkana.id,
      daysAgo: 10,
      questions: ["What is holding Turkana's signal score back?", "What do the Turkana documents say about the grid connection?"],
    },
    {
      key: "kisumu-breach",
      org: ctx.orgs.northwind,
      user: ctx.users.priya,
      type: "PORTFOLIO",
      entity: portfolioId,
      daysAgo: 3,
      questions: ["What is the IRR of Fund I?", "Which covenants are close to breach?"],
    },
  ];
  const assistant = await loadAssistant();
  // The assistant reads through the app's client (lib/db/client.ts), which would open DATABASE_URL:
  // for the replay it is this seed's own client, whatever database that writes to (the e2e
  // server seeds a fresh one while DATABASE_URL names another).
  // Tests hand the seed the app's client itself (a proxy over that slot): nothing to swap then.
  const slot = globalThis as { __scrDb?: FactoryDb };
  const appClient = slot.__scrDb;
  const swap = db !== assistant.appDb;
  if (swap) slot.__scrDb = db;
  try {
    for (const conversation of conversations) await replay(db, assistant, conversation);
  } finally {
    if (swap) slot.__scrDb = appClient;
  }
}

/** The assistant's modules are marked server-only: outside Next the marker's loader is registered first, as the worker does. */
async function loadAssistant() {
  if (!process.env.VITEST) register("../../scripts/lib/server-only-loader.mjs", import.meta.url);
  const [{ runChatTurn }, { toTenantContext }, { db: appDb }] = await Promise.all([
    import("../../lib/assistant/run-chat-turn"),
    import("../../lib/auth/to-tenant-context"),
    import("../../lib/db/client"),
  ]);
  return { runChatTurn, toTenantContext, appDb };
}

async function replay(db: FactoryDb, assistant: Awaited<ReturnType<typeof loadAssistant>>, c: Conversation) {
  // A second seed keeps the conversation as its user left it (renamed, continued), like every demo row.
  if (await db.aiConversation.count({ where: { id: conversationId(c.key) } })) return;
  const [user, org] = await Promise.all([db.user.findUniqueOrThrow({ where: { id: c.user } }), db.organization.findUniqueOrThrow({ where: { id: c.org } })]);
  const actor = { ...assistant.toTenantContext(user, org), request: { ipAddress: null, userAgent: "seed" } };
  const started = daysAgo(c.daysAgo, 9);
  const label =
    c.type === "PROJECT"
      ? (await db.project.findUniqueOrThrow({ where: { id: c.entity } })).name
      : (await db.portfolio.findUniqueOrThrow({ where: { id: c.entity } })).name;
  await db.aiConversation.create({
    data: {
      id: conversationId(c.key),
      orgId: c.org,
      userId: c.user,
      contextType: c.type,
      contextEntityId: c.entity,
      title: `About ${label}`,
      metadata: { contextLabel: label },
      createdAt: started,
      updatedAt: started,
    },
  });
  for (const [index, text] of c.questions.entries()) {
    const askedAt = new Date(started.getTime() + index * SECONDS_BETWEEN_QUESTIONS * 1_000);
    // The question is stamped when asked, the stream's start and the stored answer when answered.
    const times = [askedAt, new Date(askedAt.getTime() + SECONDS_TO_ANSWER * 1_000)];
    let call = 0;
    const now = () => times[Math.min(call++, 1)]!;
    const stream = await assistant.runChatTurn(
      actor,
      { conversationId: conversationId(c.key), text },
      { questionId: messageId(c.key, index * 2 + 1), answerId: messageId(c.key, index * 2 + 2), now, offline: true },
    );
    // Reading the stream to its end runs the turn, which stores both messages.
    const reader = stream.getReader();
    while (!(await reader.read()).done) {}
  }
  // The stream reports a failed turn as an error chunk, not a throw: the stored messages are the proof.
  const stored = await db.aiMessage.count({ where: { conversationId: conversationId(c.key) } });
  if (stored !== c.questions.length * 2) throw new Error(`The offline assistant did not answer the demo conversation ${c.key} (${stored} messages stored).`);
}
