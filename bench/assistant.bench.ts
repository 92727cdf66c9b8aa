/**
 * The assistant (issue 18) over the loopback fake of the Messages API: time to the first streamed
 * token of an answer (POST /api/assistant/chat's own work: the conversation, the prompt, the
 * budget check and history, up to the model's first text delta, which the fake sends at once), and
 * each tool's execution time as one step of a turn, as an ally with 300 data room documents.
 * Budget: p95 under 50 ms each, the model excluded.
 */
import type { Actor } from "../lib/auth/actor";
import { toTextExtractionRecord } from "../lib/dataroom/extraction/text-extraction-record";
import { createDocument, createOrg, createProject, createUser } from "../prisma/factories";
import { startFakeAnthropic, streamedReply } from "../tests/support/fake-anthropic";
import type { BenchDatabase } from "./databases";
import { measure, percentile, type Timing } from "./measure";

export const ASSISTANT_BUDGET_P95_MS = 50;
const DOCUMENTS = 300;
const TOPICS = ["grid connection permit", "offtake tariff indexation", "land lease registration", "EPC warranty", "resettlement action plan", "hail insurance"];

export type AssistantBenchRow = { name: string; timing: Timing };
export type AssistantBenchReport = { backend: string; seedSeconds: number; rows: AssistantBenchRow[]; budgetP95Ms: number };

async function seedAlly(database: BenchDatabase): Promise<{ actor: Actor; projectId: string; documentId: string }> {
  const { toTenantContext } = await import("../lib/auth/to-tenant-context");
  const org = await createOrg(database.db, { name: "Assistant Bench Ally", slug: "assistant-bench-ally", type: "ALLY" });
  const user = await createUser(database.db, { orgId: org.id, role: "admin" });
  const project = await createProject(database.db, { orgId: org.id, name: "Lodwar Bench Solar" });
  let documentId = "";
  for (let i = 0; i < DOCUMENTS; i += 1) {
    const document = await createDocument(database.db, { orgId: org.id, uploadedBy: user.id, projectId: project.id, name: `Bench document ${i}.pdf` });
    documentId ||= document.id;
    const pages = [1, 2, 3].map((page) => ({
      page,
      text: `Page ${page} of document ${i}. This section covers the ${TOPICS[(i + page) % TOPICS.length]} in detail. `.repeat(20),
    }));
    await database.db.documentExtraction.create({ data: { documentId: document.id, extractionType: "TEXT", status: "COMPLETED", ...toTextExtractionRecord(pages) } });
  }
  await database.db.$executeRawUnsafe("VACUUM ANALYZE documents, document_extractions, document_search_chunks, document_search_passages");
  return { actor: { ...toTenantContext(user, org), request: { ipAddress: null, userAgent: "bench" } }, projectId: project.id, documentId };
}

export async function runAssistantBench(database: BenchDatabase, options: { warmup: number; iterations: number }): Promise<AssistantBenchReport> {
  const started = performance.now();
  const { actor, projectId, documentId } = await seedAlly(database);
  const seedSeconds = (performance.now() - started) / 1_000;
  const { createConversation } = await import("../lib/assistant/create-conversation");
  const { runChatTurn } = await import("../lib/assistant/run-chat-turn");
  const { runAssistantTool } = await import("../lib/assistant/tools/assistant-tools");
  const { CitationBook } = await import("../lib/assistant/tools/citation-book");
  const rows: AssistantBenchRow[] = [];

  const fake = await startFakeAnthropic();
  const saved = { key: process.env.ANTHROPIC_API_KEY, url: process.env.ANTHROPIC_BASE_URL };
  process.env.ANTHROPIC_API_KEY = "sk-ant-bench";
  process.env.ANTHROPIC_BASE_URL = fake.baseURL;
  try {
    fake.reply(streamedReply([{ type: "text", text: "The grid connection permit was granted in March [1]." }]));
    const conversation = await createConversation(actor, { contextType: "PROJECT", contextEntityId: projectId });
    const samples: number[] = [];
    for (let i = 0; i < options.warmup + options.iterations; i += 1) {
      const start = performance.now();
      const reader = (
        await runChatTurn(actor, { conversationId: conversation.id, text: `What does the data room say about the grid connection permit? (${i})` })
      ).getReader();
      let first = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!first && (value as { type: string }).type === "text-delta") first = performance.now() - start;
      }
      if (!first) throw new Error("The answer streamed no text.");
      if (i >= options.warmup) samples.push(first);
    }
    samples.sort((a, b) => a - b);
    rows.push({
      name: "first streamed token",
      timing: {
        p50: percentile(samples, 0.5),
        p95: percentile(samples, 0.95),
        p99: percentile(samples, 0.99),
        mean: samples.reduce((a, b) => a + b, 0) / samples.length,
        iterations: samples.length,
      },
    });
  } finally {
    process.env.ANTHROPIC_API_KEY = saved.key;
    process.env.ANTHROPIC_BASE_URL = saved.url;
    if (saved.key === undefined) delete process.env.ANTHROPIC_API_KEY;
    if (saved.url === undefined) delete process.env.ANTHROPIC_BASE_URL;
    await fake.close();
  }

  const steps: [string, Record<string, unknown>][] = [
    ["searchDataRoom", { query: "grid connection permit", projectId }],
    ["readDocumentPage", { documentId, page: 2 }],
    ["getProject", { projectId }],
    ["searchProjects", { query: "Lodwar" }],
    ["listQuestions", { status: ["open", "in_progress"] }],
  ];
  for (const [name, input] of steps) {
    const timing = await measure(async () => {
      const book = new CitationBook();
      const output = await runAssistantTool({ actor, cite: (source) => book.cite(source) }, name, input);
      if (!output.available) throw new Error(`${name} found nothing available.`);
    }, options);
    rows.push({ name: `tool step: ${name}`, timing });
  }
  return { backend: database.backend, seedSeconds, rows, budgetP95Ms: ASSISTANT_BUDGET_P95_MS };
}

export function formatAssistantBenchReport(reports: AssistantBenchReport[]): string {
  const ms = (value: number) => value.toFixed(2).padStart(8);
  const lines = [`assistant: ${DOCUMENTS} documents, loopback Messages API; times in ms, p95 budget ${ASSISTANT_BUDGET_P95_MS} ms (model excluded)`];
  for (const report of reports) {
    lines.push(`  ${report.backend} (seeded in ${report.seedSeconds.toFixed(1)} s)`);
    for (const row of report.rows) {
      lines.push(`    ${row.name.padEnd(30)}${ms(row.timing.p50)}${ms(row.timing.p95)}${ms(row.timing.p99)}  ${row.timing.p95 < report.budgetP95Ms ? "ok" : "OVER"}`);
    }
  }
  return lines.join("\n");
}

export function assistantBenchFailed(reports: AssistantBenchReport[]): boolean {
  return reports.some((report) => report.rows.some((row) => row.timing.p95 >= report.budgetP95Ms));
}
