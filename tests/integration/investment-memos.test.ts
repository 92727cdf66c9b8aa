import { callRoute, signIn } from "../support/mock-request-context";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { toTenantContext } from "@/lib/auth/to-tenant-context";
import { toTextExtractionRecord } from "@/lib/dataroom/extraction/text-extraction-record";
import { extractPdfText } from "@/lib/dataroom/extraction/extract-pdf-text";
import { createDocument, createUser } from "@/prisma/factories";
import { forcedTool, startFakeAnthropic, toolUseReply } from "../support/fake-anthropic";
import { drainJobs } from "../support/job-worker";
import { createTenant, createTenantProject, db } from "../support/test-db";

const { deleteMemoAction, generateMemoAction, saveMemoAction } = await import("@/lib/investment-memos/actions");
const { getMemoEditorView, getMemoListView } = await import("@/lib/investment-memos/get-memo-views");
const { findUnsupportedNumbers } = await import("@/lib/investment-memos/find-unsupported-numbers");
const { MEMO_SECTIONS, citedMarkers } = await import("@/lib/investment-memos/memo-sections");
const { MemoPreview } = await import("@/components/investment-memos/memo-preview");
const { screenProject } = await import("@/lib/deal-screening/screen-project");
const { addToPipeline } = await import("@/lib/pipeline/add-to-pipeline");
const { GET: getPdf } = await import("@/app/api/investment-memos/[memoId]/pdf/route");

let fake: Awaited<ReturnType<typeof startFakeAnthropic>>;
beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(async () => {
  delete process.env.ANTHROPIC_API_KEY;
  delete process.env.ANTHROPIC_BASE_URL;
  await fake.close();
});
beforeEach(() => {
  signIn(null);
  fake.reset();
  delete process.env.ANTHROPIC_API_KEY;
});

const PAGES = {
  offtake: ["Offtake summary for the project.", "The power purchase agreement with Kenya Power was signed on 3 March 2026 for a term of 20 years at USD 0.0745/kWh."],
  grid: ["Grid connection overview.", "The grid connection agreement with KETRACO was executed on 12 May 2026 for 40 MW at the Kisumu substation."],
  model: ["The financial model base case gives a total project cost of USD 41.5 million and an equity IRR of 14.8%."],
};

async function documentWithPages(ally: Actor, projectId: string, name: string, pages: string[]) {
  const document = await createDocument(db, { orgId: ally.org.id, uploadedBy: ally.user.id, projectId, name });
  await db.document.update({ where: { id: document.id }, data: { classification: "PUBLIC" } });
  await db.documentExtraction.create({
    data: { documentId: document.id, extractionType: "TEXT", status: "COMPLETED", ...toTextExtractionRecord(pages.map((text, i) => ({ page: i + 1, text }))) },
  });
  return document;
}

/** An ally's listed project with three PUBLIC documents, an investor with it in its pipeline, screened (or not). */
async function buildWorld(options: { screen?: boolean } = {}) {
  const ally = await createTenant({ type: "ALLY", role: "admin" });
  const investor = await createTenant({ type: "INVESTOR", role: "analyst" });
  const project = await createTenantProject(ally, { isPublished: true, name: `Kisumu Solar 48 ${ally.org.id.slice(0, 6)}` });
  const documents = {
    offtake: await documentWithPages(ally, project.id, "Offtake Summary.pdf", PAGES.offtake),
    grid: await documentWithPages(ally, project.id, "Grid Connection.pdf", PAGES.grid),
    model: await documentWithPages(ally, project.id, "Financial Model.pdf", PAGES.model),
  };
  const entry = await addToPipeline(investor, { projectId: project.id, stage: "diligence", reason: "Fits the mandate" });
  if (options.screen !== false) {
    await screenProject(investor, project.id);
    await drainJobs();
  }
  return { ally, investor, project, documents, entryId: entry.id };
}

async function generate(actor: Actor, entryId: string) {
  signIn(actor);
  const result = await generateMemoAction({ entryId });
  expect(result.serverError).toBeUndefined();
  await drainJobs();
  return db.investmentMemo.findUniqueOrThrow({ where: { id: result.data!.memoId } });
}

const pdfText = async (response: Response) => (await extractPdfText(new Uint8Array(await response.arrayBuffer()))).map((p) => p.text).join("\n");

describe("investment memos", () => {
  it("writes seven sections from the latest completed screen, every marker a citation of a page the screen was given, every figure supported", async () => {
    const w = await buildWorld();
    const memo = await generate(w.investor, w.entryId);
    const sections = memo.sections as { key: string; heading: string; markdown: string }[];
    expect(sections.map((s) => s.key)).toEqual(MEMO_SECTIONS.map((s) => s.key));
    expect(sections.map((s) => s.heading)).toEqual(["Executive summary", "Project", "Market", "Financials", "Risks and mitigants", "ESG", "Recommendation"]);
    expect(memo.content).toBe(sections.map((s) => `## ${s.heading}\n\n${s.markdown}`).join("\n\n"));
    expect(memo.summary).toContain(w.project.name);

    const citations = await db.citation.findMany({
      where: { orgId: w.investor.org.id, aiOutputType: "InvestmentMemo", aiOutputId: memo.id },
      orderBy: { citationNumber: "asc" },
    });
    expect(citations.map((c) => c.citationNumber)).toEqual([1, 2, 3]);
    const pages = new Map([
      [w.documents.offtake.id, PAGES.offtake],
      [w.documents.grid.id, PAGES.grid],
      [w.documents.model.id, PAGES.model],
    ]);
    for (const c of citations) expect(pages.get(c.documentId!)?.[c.pageNumber! - 1]).toContain(c.excerpt);
    const markers = [...memo.content.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(new Set(markers)).toEqual(new Set([1, 2, 3]));
    expect(memo.content).toContain("USD 0.0745/kWh");
    expect(
      findUnsupportedNumbers(
        memo.content,
        citations.map((c) => ({ n: c.citationNumber, excerpt: c.excerpt })),
        [w.project.name],
      ),
    ).toEqual([]);

    const version = await db.dealScreenVersion.findFirstOrThrow({ where: { orgId: w.investor.org.id, status: "COMPLETED" } });
    const lineage = await db.lineageRecord.findMany({ where: { orgId: w.investor.org.id, entityType: "InvestmentMemo", entityId: memo.id } });
    expect(lineage).toEqual(
      expect.arrayContaining([expect.objectContaining({ sourceType: "DealScreenVersion", sourceId: version.id, contribution: "screen version 1" })]),
    );
    const log = await db.aiTaskLog.findFirstOrThrow({ where: { orgId: w.investor.org.id, agentType: "INVESTMENT_MEMO" } });
    expect(log).toMatchObject({ status: "COMPLETED", modelUsed: "offline-rules-v1", entityId: memo.id });

    const view = await getMemoListView(w.investor, w.entryId);
    expect(view.memos).toEqual([expect.objectContaining({ id: memo.id, status: "COMPLETED", screenVersion: 1 })]);
  });

  it("refuses a deal whose screen never completed, with what to do, and writes nothing", async () => {
    const w = await buildWorld({ screen: false });
    signIn(w.investor);
    const result = await generateMemoAction({ entryId: w.entryId });
    expect(result.serverError?.message).toMatch(/has no completed screen yet: screen the deal first/);
    // A screen that failed is no better.
    await screenProject(w.investor, w.project.id);
    await db.dealScreenVersion.updateMany({ where: { orgId: w.investor.org.id }, data: { status: "FAILED" } });
    expect((await generateMemoAction({ entryId: w.entryId })).serverError?.message).toMatch(/no completed screen/);
    expect(await db.investmentMemo.count({ where: { orgId: w.investor.org.id } })).toBe(0);
    expect((await getMemoListView(w.investor, w.entryId)).latestScreen).toBeNull();
  });

  it("stores a <script> exactly as typed and never renders it: the preview is sanitised, the PDF prints it as text", async () => {
    const w = await buildWorld();
    const memo = await generate(w.investor, w.entryId);
    const typed = `${memo.content}\n\nNote <script>alert(1)</script> and <img src=x onerror="alert(2)"> [click](javascript:alert(3)) — capex USD 99m.`;
    const saved = await saveMemoAction({ memoId: memo.id, title: "IC memo <b>draft</b>", content: typed, expectedUpdatedAt: memo.updatedAt.toISOString() });
    expect(saved.serverError).toBeUndefined();
    const stored = await db.investmentMemo.findUniqueOrThrow({ where: { id: memo.id } });
    expect(stored.content).toBe(typed);
    expect(stored.title).toBe("IC memo <b>draft</b>");

    const html = renderToStaticMarkup(createElement(MemoPreview, { markdown: stored.content }));
    expect(html).not.toMatch(/<script|<img|onerror|javascript:/i);
    expect(html).toContain("<h2>Executive summary</h2>");

    const view = await getMemoEditorView(w.investor, w.entryId, memo.id);
    const flagged = findUnsupportedNumbers(view.memo.content, view.sources, [view.entry.projectName]);
    expect(flagged).toEqual([expect.objectContaining({ figure: "USD 99m", reason: "uncited" })]);

    const response = await callRoute(getPdf, "/api/investment-memos/[memoId]/pdf", { params: { memoId: memo.id } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const text = await pdfText(response);
    expect(text).toContain("<script>alert(1)</script>");
  });

  it("exports a PDF with the section headings, the [n] markers, the cited documents and page X of Y, and audits the export", async () => {
    const w = await buildWorld();
    const memo = await generate(w.investor, w.entryId);
    const response = await callRoute(getPdf, "/api/investment-memos/[memoId]/pdf", { params: { memoId: memo.id } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="Investment-memo-Kisumu-Solar/);
    const pages = await extractPdfText(new Uint8Array(await response.arrayBuffer()));
    const text = pages.map((p) => p.text).join("\n");
    for (const heading of MEMO_SECTIONS.map((s) => s.heading)) expect(text).toContain(heading);
    expect(text).toContain("[1]");
    expect(text).toContain("Sources");
    expect(text).toContain("Offtake Summary.pdf, page 2");
    expect(text).toMatch(/Page 1 of \d/);
    // Each page footnotes the markers it prints ("n  <document>, p. <page>"), and only those: the footnotes and the Sources list carry no brackets.
    const citations = await db.citation.findMany({ where: { orgId: w.investor.org.id, aiOutputType: "InvestmentMemo", aiOutputId: memo.id } });
    const names = new Map(Object.values(w.documents).map((d) => [d.id, d.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")]));
    for (const page of pages) {
      const markers = citedMarkers(page.text);
      for (const c of citations) {
        const footnote = new RegExp(`^${c.citationNumber}\\s+${names.get(c.documentId!)}, p\\. ${c.pageNumber}: “`, "m");
        expect(footnote.test(page.text), `page ${page.page}, [${c.citationNumber}]`).toBe(markers.includes(c.citationNumber));
      }
    }
    expect(pages.flatMap((p) => citedMarkers(p.text)).length).toBeGreaterThan(0);
    expect(await db.auditLog.count({ where: { orgId: w.investor.org.id, action: "memo.exported", entityId: memo.id } })).toBe(1);
  });

  it("refuses a save over someone else's newer version (STALE_WRITE), an empty memo and one over the length cap, keeping the stored text", async () => {
    const w = await buildWorld();
    const memo = await generate(w.investor, w.entryId);
    const loaded = memo.updatedAt.toISOString();
    expect(
      (await saveMemoAction({ memoId: memo.id, title: "First", content: "## Executive summary\n\nFirst save.", expectedUpdatedAt: loaded })).serverError,
    ).toBeUndefined();
    const stale = await saveMemoAction({ memoId: memo.id, title: "Second", content: "## Executive summary\n\nSecond save.", expectedUpdatedAt: loaded });
    expect(stale.serverError?.message).toMatch(/Someone else saved this memo/);
    const empty = await saveMemoAction({ memoId: memo.id, title: "Empty", content: "   ", expectedUpdatedAt: loaded });
    expect(empty.validationErrors?.fieldErrors?.content?.[0]).toMatch(/empty/);
    const long = await saveMemoAction({ memoId: memo.id, title: "Long", content: "x".repeat(200_001), expectedUpdatedAt: loaded });
    expect(long.validationErrors?.fieldErrors?.content?.[0]).toMatch(/at most 200,000 characters/);
    const stored = await db.investmentMemo.findUniqueOrThrow({ where: { id: memo.id } });
    expect(stored).toMatchObject({ title: "First", content: "## Executive summary\n\nFirst save.", summary: "First save." });
    expect(stored.sections).toEqual([{ key: "executive_summary", heading: "Executive summary", markdown: "First save." }]);
  });

  it("holds the model's memo to the screen's pages: a marker of a page it was not given is dropped", async () => {
    const w = await buildWorld();
    process.env.ANTHROPIC_API_KEY = "sk-ant-test";
    process.env.ANTHROPIC_BASE_URL = fake.baseURL;
    fake.reply(
      toolUseReply("record_investment_memo", {
        sections: MEMO_SECTIONS.map((s) => ({
          key: s.key,
          markdown: s.key === "financials" ? "Equity IRR of 14.8% [1] and a rumoured 19% [7]." : `${s.heading} text [1].`,
        })),
      }),
    );
    const memo = await generate(w.investor, w.entryId);
    expect(fake.requests.map(forcedTool)).toEqual(["record_investment_memo"]);
    expect(JSON.stringify(fake.requests[0].body)).toContain('[1] \\"Financial Model.pdf\\", page 1');
    const financials = (memo.sections as { key: string; markdown: string }[]).find((s) => s.key === "financials")!;
    expect(financials.markdown).toBe("Equity IRR of 14.8% [1] and a rumoured 19%.");
    const citations = await db.citation.findMany({ where: { aiOutputType: "InvestmentMemo", aiOutputId: memo.id } });
    expect(
      findUnsupportedNumbers(
        memo.content,
        citations.map((c) => ({ n: c.citationNumber, excerpt: c.excerpt })),
      ).map((u) => u.figure),
    ).toEqual(["19%"]);
  });

  it("deletes a memo with its citations and lineage after the viewer is refused, audits it, and keeps the screen", async () => {
    const w = await buildWorld();
    const memo = await generate(w.investor, w.entryId);
    const viewerUser = await createUser(db, { orgId: w.investor.org.id, role: "viewer" });
    signIn({ ...toTenantContext(viewerUser, await db.organization.findUniqueOrThrow({ where: { id: w.investor.org.id } })), request: w.investor.request });
    expect((await deleteMemoAction({ memoId: memo.id })).serverError?.message).toMatch(/analyst or above/);
    signIn(w.investor);
    expect((await deleteMemoAction({ memoId: memo.id })).data).toEqual({ projectId: w.project.id });
    expect(await db.investmentMemo.count({ where: { id: memo.id } })).toBe(0);
    expect(await db.citation.count({ where: { aiOutputType: "InvestmentMemo", aiOutputId: memo.id } })).toBe(0);
    expect(await db.lineageRecord.count({ where: { entityType: "InvestmentMemo", entityId: memo.id } })).toBe(0);
    expect(await db.dealScreenVersion.count({ where: { orgId: w.investor.org.id, status: "COMPLETED" } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: w.investor.org.id, action: "memo.deleted" } });
    expect(audit).toMatchObject({ entityId: memo.id, changes: { before: { title: memo.title, projectId: w.project.id } } });
    expect((await deleteMemoAction({ memoId: memo.id })).serverError?.message).toMatch(/not found/i);
    expect((await getMemoListView(w.investor, w.entryId)).memos).toEqual([]);
  });

  it("refuses to delete a memo its job is still writing", async () => {
    const w = await buildWorld();
    signIn(w.investor);
    const queued = await generateMemoAction({ entryId: w.entryId });
    const deleted = await deleteMemoAction({ memoId: queued.data!.memoId });
    expect(deleted.serverError?.message).toMatch(/still being written/);
    await drainJobs();
    expect((await db.investmentMemo.findUniqueOrThrow({ where: { id: queued.data!.memoId } })).content).not.toBe("");
  });

  it("lets a viewer read and export but not generate or save", async () => {
    const w = await buildWorld();
    const memo = await generate(w.investor, w.entryId);
    const viewerUser = await createUser(db, { orgId: w.investor.org.id, role: "viewer" });
    const viewer = { ...toTenantContext(viewerUser, await db.organization.findUniqueOrThrow({ where: { id: w.investor.org.id } })), request: w.investor.request };
    signIn(viewer);
    expect((await getMemoEditorView(viewer, w.entryId, memo.id)).memo.id).toBe(memo.id);
    expect((await callRoute(getPdf, "/api/investment-memos/[memoId]/pdf", { params: { memoId: memo.id } })).status).toBe(200);
    expect((await generateMemoAction({ entryId: w.entryId })).serverError?.message).toMatch(/analyst or above/);
    const save = await saveMemoAction({ memoId: memo.id, title: "Viewer", content: "Viewer edit.", expectedUpdatedAt: memo.updatedAt.toISOString() });
    expect(save.serverError?.message).toMatch(/analyst or above/);
    expect((await db.investmentMemo.findUniqueOrThrow({ where: { id: memo.id } })).content).toBe(memo.content);
  });

  it("answers another investor org and an ally with 404 on page data, save and PDF, and changes nothing", async () => {
    const w = await buildWorld();
    const memo = await generate(w.investor, w.entryId);
    const other = await createTenant({ type: "INVESTOR", role: "admin" });
    await expect(getMemoListView(other, w.entryId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMemoEditorView(other, w.entryId, memo.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    signIn(other);
    expect((await callRoute(getPdf, "/api/investment-memos/[memoId]/pdf", { params: { memoId: memo.id } })).status).toBe(404);
    const save = await saveMemoAction({ memoId: memo.id, title: "Hijack", content: "Hijacked.", expectedUpdatedAt: memo.updatedAt.toISOString() });
    expect(save.serverError?.code ?? save.serverError?.message).toMatch(/NOT_FOUND|not found/i);
    expect((await generateMemoAction({ entryId: w.entryId })).serverError?.message).toMatch(/not found/i);

    signIn(w.ally);
    expect((await callRoute(getPdf, "/api/investment-memos/[memoId]/pdf", { params: { memoId: memo.id } })).status).toBe(404);
    expect((await saveMemoAction({ memoId: memo.id, title: "Ally", content: "Ally.", expectedUpdatedAt: memo.updatedAt.toISOString() })).serverError?.message).toMatch(
      /not found/i,
    );
    expect(await db.investmentMemo.findUniqueOrThrow({ where: { id: memo.id } })).toEqual(memo);
    expect(await db.auditLog.count({ where: { action: "memo.exported", entityId: memo.id } })).toBe(0);
  });
});
