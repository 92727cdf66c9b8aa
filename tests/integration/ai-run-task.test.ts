import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { runAiTask } from "@/lib/ai/run-ai-task";
import { uniqueSuffix } from "@/prisma/factories";
import { overloadedReply, startFakeAnthropic, toolUseReply } from "../support/fake-anthropic";
import { createTenant, db } from "../support/test-db";

const outputSchema = z.object({ verdict: z.enum(["good", "bad"]), reasons: z.array(z.string()).min(1) });
let fake: Awaited<ReturnType<typeof startFakeAnthropic>>;

beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  process.env.ANTHROPIC_API_KEY = "sk-ant-test";
  process.env.ANTHROPIC_BASE_URL = fake.baseURL;
  delete process.env.ANTHROPIC_MODEL;
});
afterEach(() => {
  delete process.env.ANTHROPIC_API_KEY;
  delete process.env.ANTHROPIC_BASE_URL;
});

/** Each test has its own task type, so prompt versions written by other test files never interfere. */
async function taskWithPrompt(content = "Judge {{thing}}. Schema: {{output_schema}}") {
  const taskType = `test_task_${uniqueSuffix()}`;
  const prompt = await db.promptTemplate.create({ data: { taskType, version: 2, content, systemPrompt: "Be terse.", isActive: true } });
  return { taskType, prompt };
}

async function run(taskType: string, orgId: string, userId: string | null = null) {
  return runAiTask({
    actor: { org: { id: orgId }, user: userId ? { id: userId } : null },
    agentType: "RISK_ANALYSIS",
    taskType,
    entity: { type: "Project", id: "00000000-0000-4000-8000-000000000001" },
    variables: { thing: "the widget" },
    input: { thing: "the widget", blob: "x".repeat(20_000) },
    outputSchema,
    tool: { name: "record_verdict", description: "Record the verdict." },
    analyse: () => ({ verdict: "bad" as const, reasons: ["offline rule"] }),
  });
}

describe("runAiTask through the real SDK against a loopback Messages API", () => {
  it("forces the tool, validates its input, and logs tokens, model, prompt version and cost", async () => {
    const actor = await createTenant();
    const { taskType, prompt } = await taskWithPrompt();
    fake.reply(toolUseReply("record_verdict", { verdict: "good", reasons: ["clear"] }, { input_tokens: 1_000, output_tokens: 200 }));

    const result = await run(taskType, actor.org.id, actor.user.id);

    expect(result.output).toEqual({ verdict: "good", reasons: ["clear"] });
    expect(result.promptVersion).toBe(2);
    const [request] = fake.requests;
    expect(request.path).toBe("/v1/messages");
    expect(request.headers.authorization).toBe("Bearer sk-ant-test");
    expect(request.body).toMatchObject({ model: "claude-sonnet-5-5", system: "Be terse.", tool_choice: { type: "tool", name: "record_verdict" } });
    const tools = request.body.tools as { name: string; input_schema: { type: string; properties: Record<string, unknown> } }[];
    expect(tools[0].input_schema.type).toBe("object");
    expect(Object.keys(tools[0].input_schema.properties)).toEqual(["verdict", "reasons"]);
    expect((request.body.messages as { content: string }[])[0].content).toMatch(/^Judge the widget\. Schema: \{"type":"object"/);

    const log = await db.aiTaskLog.findUniqueOrThrow({ where: { id: result.logId } });
    expect(log).toMatchObject({
      orgId: actor.org.id,
      agentType: "RISK_ANALYSIS",
      status: "COMPLETED",
      modelUsed: "claude-sonnet-4-5-20250929",
      tokensInput: 1_000,
      tokensOutput: 200,
      triggeredBy: actor.user.id,
      entityType: "Project",
    });
    expect(log.costUsd?.toFixed(6)).toBe("0.006000");
    expect(log.inputData).toMatchObject({ prompt: { taskType, version: 2, id: prompt.id }, input: { truncated: true, originalLength: expect.any(Number) } });
    expect(JSON.stringify(log.inputData).length).toBeLessThan(9_000);
    expect(log.outputData).toEqual({ verdict: "good", reasons: ["clear"] });
  });

  it("retries a 529 overload with backoff, then succeeds", async () => {
    const actor = await createTenant();
    const { taskType } = await taskWithPrompt();
    fake.reply(overloadedReply, toolUseReply("record_verdict", { verdict: "bad", reasons: ["late"] }, { input_tokens: 500, output_tokens: 100 }));
    const result = await run(taskType, actor.org.id);
    expect(fake.requests).toHaveLength(2);
    expect(result.output.verdict).toBe("bad");
    const log = await db.aiTaskLog.findUniqueOrThrow({ where: { id: result.logId } });
    expect(log.costUsd?.toFixed(6)).toBe("0.003000");
  });

  it("retries a schema-failing answer once, then records FAILED with the error and uses nothing", async () => {
    const actor = await createTenant();
    const { taskType } = await taskWithPrompt();
    fake.reply(toolUseReply("record_verdict", { verdict: "maybe", reasons: [] }, { input_tokens: 300, output_tokens: 50 }));
    await expect(run(taskType, actor.org.id)).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    expect(fake.requests).toHaveLength(2);
    const log = await db.aiTaskLog.findFirstOrThrow({ where: { orgId: actor.org.id } });
    expect(log).toMatchObject({ status: "FAILED", tokensInput: 600, tokensOutput: 100, outputData: null });
    expect(log.errorMessage).toMatch(/did not match the expected shape after 2 attempts/);
    expect(log.costUsd?.toFixed(6)).toBe("0.003300");
  });

  it("accepts the retry when the second answer fits the schema", async () => {
    const actor = await createTenant();
    const { taskType } = await taskWithPrompt();
    fake.reply(toolUseReply("record_verdict", { nonsense: true }), toolUseReply("record_verdict", { verdict: "good", reasons: ["ok"] }));
    const result = await run(taskType, actor.org.id);
    expect(result.output.verdict).toBe("good");
    expect(await db.aiTaskLog.count({ where: { orgId: actor.org.id } })).toBe(1);
  });

  it("refuses with BUDGET_EXCEEDED before calling the model when the month's spend would pass the budget", async () => {
    const actor = await createTenant();
    await db.organization.update({ where: { id: actor.org.id }, data: { aiMonthlyBudget: "0.10" } });
    await db.aiTaskLog.create({ data: { orgId: actor.org.id, agentType: "SIGNAL_SCORE", status: "COMPLETED", modelUsed: "claude-sonnet-4-5", costUsd: "0.090000" } });
    const { taskType } = await taskWithPrompt();
    fake.reply(toolUseReply("record_verdict", { verdict: "good", reasons: ["never sent"] }));
    await expect(run(taskType, actor.org.id)).rejects.toMatchObject({ code: "BUDGET_EXCEEDED", message: expect.stringMatching(/0\.09 of 0\.10/) });
    expect(fake.requests).toHaveLength(0);
    const failed = await db.aiTaskLog.findFirstOrThrow({ where: { orgId: actor.org.id, status: "FAILED" } });
    expect(failed.costUsd?.toFixed(6)).toBe("0.000000");
  });

  it("uses the tier default budget when the org has none (the factory org is professional: USD 250)", async () => {
    const actor = await createTenant();
    await db.aiTaskLog.create({ data: { orgId: actor.org.id, agentType: "SIGNAL_SCORE", status: "COMPLETED", modelUsed: "claude-sonnet-4-5", costUsd: "249.999000" } });
    const { taskType } = await taskWithPrompt();
    await expect(run(taskType, actor.org.id)).rejects.toMatchObject({ code: "BUDGET_EXCEEDED" });
  });

  it("without an API key, the offline analyser answers and the log says offline-rules-v1 at no cost", async () => {
    delete process.env.ANTHROPIC_API_KEY;
    const actor = await createTenant();
    const { taskType } = await taskWithPrompt();
    const result = await run(taskType, actor.org.id);
    expect(result).toMatchObject({ output: { verdict: "bad", reasons: ["offline rule"] }, modelUsed: "offline-rules-v1" });
    expect(fake.requests).toHaveLength(0);
    const log = await db.aiTaskLog.findUniqueOrThrow({ where: { id: result.logId } });
    expect(log).toMatchObject({ modelUsed: "offline-rules-v1", status: "COMPLETED", tokensInput: null });
    expect(log.costUsd?.toFixed(2)).toBe("0.00");
  });
});
