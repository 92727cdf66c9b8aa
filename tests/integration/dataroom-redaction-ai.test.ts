import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { extractPdfText } from "@/lib/dataroom/extraction/extract-pdf-text";
import { analyzeRedaction } from "@/lib/dataroom/redaction/analyze-redaction";
import { buildRedactedTextPdf } from "@/lib/dataroom/redaction/build-redacted-text-pdf";
import { MAX_CHARS_PER_CALL } from "@/lib/dataroom/redaction/chunk-pages";
import type { PiiDetection } from "@/lib/dataroom/redaction/detect-pii";
import { listRedactionJobs } from "@/lib/dataroom/redaction/list-redaction-jobs";
import { createDocument } from "@/prisma/factories";
import { overloadedReply, startFakeAnthropic, toolUseReply, type FakeReply } from "../support/fake-anthropic";
import { createTenant, createTenantProject, db } from "../support/test-db";

const TOOL = "record_personal_data";
const PAGES = [
  { page: 1, text: "Escrow: pay GB82 WEST 1234 5698 7654 32 and mail treasury@helios.example" },
  { page: 2, text: "Site visit with the landowner Achieng Otieno on 3 March; the boundary was walked." },
];

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

/** A READY PDF with its TEXT extraction and a pending redaction job on it, as startRedaction leaves them. */
async function pendingJob(pages = PAGES) {
  const actor = await createTenant({ role: "analyst" });
  const project = await createTenantProject(actor);
  const document = await createDocument(db, { orgId: actor.org.id, uploadedBy: actor.user.id, projectId: project.id, name: "escrow.pdf", status: "READY" });
  await db.documentExtraction.create({
    data: {
      documentId: document.id,
      extractionType: "TEXT",
      status: "COMPLETED",
      content: pages.map((p) => p.text).join("\f"),
      pageCount: pages.length,
      result: { pages },
    },
  });
  const job = await db.redactionJob.create({ data: { orgId: actor.org.id, documentId: document.id, createdBy: actor.user.id, status: "pending" } });
  return { actor, documentId: document.id, jobId: job.id };
}

const detectionsOf = async (jobId: string) => ((await db.redactionJob.findUniqueOrThrow({ where: { id: jobId } })).detectedEntities ?? []) as PiiDetection[];
const analyzedAudit = async (jobId: string) =>
  (await db.auditLog.findFirstOrThrow({ where: { entityId: jobId, action: "redaction.analyzed" } })).changes as { after: Record<string, unknown> };
const promptOf = (index: number) => (fake.requests[index]!.body.messages as { content: string }[])[0]!.content;
const RULE_FINDINGS = [
  ["IBAN", 1, "rules"],
  ["EMAIL", 1, "rules"],
];

describe("PII redaction with the AI engine configured", () => {
  it("adds a name the rules miss, located by the code on its page; drops quotes not on the page; the rules win overlaps", async () => {
    const { actor, documentId, jobId } = await pendingJob();
    fake.reply(
      toolUseReply(TOOL, {
        entities: [
          { type: "PERSON_NAME", text: "Achieng Otieno", page: 2, confidence: 0.93 },
          { type: "EMAIL", text: "treasury@helios.example", page: 1, confidence: 0.97 },
          { type: "PERSON_NAME", text: "Wanjiru Kamau", page: 2, confidence: 0.9 },
          { type: "PERSON_NAME", text: "Achieng Otieno", page: 1, confidence: 0.9 },
        ],
      }),
    );

    expect(await analyzeRedaction(actor.org.id, jobId)).toEqual({ jobId, status: "review", entityCount: 3, aiDetection: "used" });

    const detections = await detectionsOf(jobId);
    expect(detections.map((d) => [d.type, d.page, d.source])).toEqual([...RULE_FINDINGS, ["PERSON_NAME", 2, "ai"]]);
    const name = detections[2]!;
    const start = PAGES[1]!.text.indexOf("Achieng Otieno");
    expect(name).toMatchObject({ text: "Achieng Otieno", start, end: start + 14, confidence: 0.93, rule: "claude-sonnet-4-5-20250929" });
    expect(detections[1]).toMatchObject({ text: "treasury@helios.example", confidence: 0.99, rule: "email" });
    expect((await db.redactionJob.findUniqueOrThrow({ where: { id: jobId } })).entityCount).toBe(3);

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.body.tool_choice).toEqual({ type: "tool", name: TOOL });
    expect(promptOf(0)).toContain(`=== Page 2 ===\n${PAGES[1]!.text}`);
    expect((await analyzedAudit(jobId)).after).toMatchObject({
      status: "review",
      entityCount: 3,
      aiDetection: "used",
      aiEntityCount: 1,
      aiCalls: 1,
      aiDropped: 2,
      aiError: null,
    });
    const log = await db.aiTaskLog.findFirstOrThrow({ where: { orgId: actor.org.id } });
    expect(log).toMatchObject({ agentType: "PII_REDACTION", entityType: "RedactionJob", entityId: jobId, status: "COMPLETED", triggeredBy: actor.user.id });
    expect(JSON.stringify(log.inputData)).not.toContain("Achieng");

    // The located span is the one the redacted PDF removes.
    const pdfText = (await extractPdfText(await buildRedactedTextPdf(PAGES, [name]))).map((p) => p.text).join("\n");
    expect(pdfText).toContain("Site visit with the landowner");
    expect(pdfText).not.toContain("Achieng");
    expect(pdfText).not.toContain("Otieno");

    const [dto] = await listRedactionJobs(actor, documentId);
    expect(dto).toMatchObject({ aiDetection: "used", aiError: null });
    expect(dto!.detections.map((d) => d.source)).toEqual(["rules", "rules", "ai"]);
  });

  const failures: [string, (actor: Actor) => Promise<FakeReply>, number, RegExp][] = [
    ["an outage (529 after the SDK's retries)", async () => overloadedReply, 4, /overloaded/],
    ["a malformed answer twice", async () => toolUseReply(TOOL, { entities: [{ type: "NICKNAME", text: "Achieng", page: 2, confidence: 2 }] }), 2, /malformed twice/],
    [
      "a budget refusal",
      async (actor) => {
        await db.organization.update({ where: { id: actor.org.id }, data: { aiMonthlyBudget: "0.00" } });
        return toolUseReply(TOOL, { entities: [] });
      },
      0,
      /budget/i,
    ],
  ];

  it.each(failures)("%s leaves the job in review with the rule detections, marked AI-unavailable", async (_, arrange, requests, reason) => {
    const { actor, documentId, jobId } = await pendingJob();
    fake.reply(await arrange(actor));

    expect(await analyzeRedaction(actor.org.id, jobId)).toMatchObject({ status: "review", entityCount: 2, aiDetection: "unavailable" });

    expect(fake.requests).toHaveLength(requests);
    const job = await db.redactionJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(job).toMatchObject({ status: "review", entityCount: 2, errorMessage: null });
    expect((job.detectedEntities as PiiDetection[]).map((d) => [d.type, d.page, d.source])).toEqual(RULE_FINDINGS);
    const { after } = await analyzedAudit(jobId);
    expect(after).toMatchObject({ aiDetection: "unavailable", aiEntityCount: 0, aiCalls: 0 });
    expect(after.aiError).toMatch(reason);
    expect(await db.aiTaskLog.findFirstOrThrow({ where: { orgId: actor.org.id } })).toMatchObject({ status: "FAILED", entityId: jobId });
    const [dto] = await listRedactionJobs(actor, documentId);
    expect(dto).toMatchObject({ status: "review", aiDetection: "unavailable", aiError: expect.stringMatching(reason) });
  });

  it("sends a long document in bounded chunks, stops at the first failure and keeps what was found before it", async () => {
    const filler = (n: number) => `Turbine inspection log ${n}. `.repeat(300).slice(0, 7_000);
    const pages = [1, 2, 3].map((page) => ({ page, text: `${filler(page)} Inspector Baraka Njoroge signed.` }));
    const { actor, jobId } = await pendingJob(pages);
    fake.reply(toolUseReply(TOOL, { entities: [{ type: "PERSON_NAME", text: "Baraka Njoroge", page: 1, confidence: 0.88 }] }), overloadedReply);

    expect(await analyzeRedaction(actor.org.id, jobId)).toMatchObject({ status: "review", entityCount: 1, aiDetection: "unavailable" });

    expect(fake.requests).toHaveLength(1 + 4);
    expect(promptOf(0)).toContain("=== Page 1 ===");
    expect(promptOf(0)).not.toContain("=== Page 2 ===");
    expect(promptOf(1)).toContain("=== Page 2 ===");
    for (let i = 0; i < fake.requests.length; i += 1) expect(promptOf(i).length).toBeLessThan(MAX_CHARS_PER_CALL + 4_000);
    expect((await detectionsOf(jobId)).map((d) => [d.text, d.page, d.source])).toEqual([["Baraka Njoroge", 1, "ai"]]);
    expect((await analyzedAudit(jobId)).after).toMatchObject({
      aiDetection: "unavailable",
      aiCalls: 1,
      aiEntityCount: 1,
      aiError: expect.stringMatching(/^AI detection stopped at page 2:/),
    });
  });
});

describe("PII redaction with no model configured", () => {
  it("calls no model, adds no AI detections, and logs the offline analyser's empty answer", async () => {
    delete process.env.ANTHROPIC_API_KEY;
    const { actor, documentId, jobId } = await pendingJob();

    expect(await analyzeRedaction(actor.org.id, jobId)).toEqual({ jobId, status: "review", entityCount: 2, aiDetection: "not_configured" });

    expect(fake.requests).toHaveLength(0);
    expect((await detectionsOf(jobId)).map((d) => [d.type, d.page, d.source])).toEqual(RULE_FINDINGS);
    expect((await analyzedAudit(jobId)).after).toMatchObject({ aiDetection: "not_configured", aiEntityCount: 0, aiError: null });
    const log = await db.aiTaskLog.findFirstOrThrow({ where: { orgId: actor.org.id } });
    expect(log).toMatchObject({ modelUsed: "offline-rules-v1", status: "COMPLETED", outputData: { entities: [] } });
    expect((await listRedactionJobs(actor, documentId))[0]).toMatchObject({ aiDetection: "not_configured" });
  });

  it("a rerun of an analysed job changes nothing", async () => {
    delete process.env.ANTHROPIC_API_KEY;
    const { actor, jobId } = await pendingJob();
    await analyzeRedaction(actor.org.id, jobId);
    const before = await db.redactionJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(await analyzeRedaction(actor.org.id, jobId)).toEqual({ jobId, status: "skipped" });
    expect(await db.redactionJob.findUniqueOrThrow({ where: { id: jobId } })).toEqual(before);
    expect(await db.aiTaskLog.count({ where: { orgId: actor.org.id } })).toBe(1);
  });
});
