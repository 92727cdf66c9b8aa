import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { docxWithParagraphs, pdfWithPages, pptxWithSlides, TINY_PNG, xlsxWithRows } from "../support/dataroom-fixtures";
import { downloadRequest, useTestStorage, uploadRequest } from "../support/dataroom-routes";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestSession } from "../support/mock-session";
import { drainJobs } from "../support/job-worker";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);

const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { GET: download } = await import("@/app/api/dataroom/documents/[documentId]/download/route");
const { searchDocuments } = await import("@/lib/dataroom/search-documents");
const { extractPdfText } = await import("@/lib/dataroom/extraction/extract-pdf-text");
const { processUploadedDocumentJob } = await import("@/inngest/functions/dataroom/process-uploaded-document");
const { toInngestFunction } = await import("@/inngest/to-inngest-function");

useTestStorage();

async function tenantWithProject(role: Actor["role"] = "admin") {
  const actor = await createTenant({ role });
  const project = await createTenantProject(actor);
  signedIn = actor;
  return { actor, project };
}

async function uploaded(query: Record<string, string | undefined>, bytes: Uint8Array) {
  const response = await upload(uploadRequest(query, bytes));
  expect(response.status).toBe(201);
  const { document } = (await response.json()) as { document: { id: string } };
  await drainJobs();
  return db.document.findUniqueOrThrow({ where: { id: document.id }, include: { extractions: true } });
}

const get = (documentId: string, inline = false) => download(downloadRequest(documentId, inline), { params: Promise.resolve({ documentId }) });

describe("extraction job: text per page for each format, then READY", () => {
  it.each([
    [
      "pdf",
      "report.pdf",
      () => pdfWithPages(["Executive summary of the Turkana plant", "Capacity factor 24 percent"]),
      ["Executive summary of the Turkana plant", "Capacity factor 24 percent"],
    ],
    ["docx", "memo.docx", () => docxWithParagraphs(["Land lease signed", "Community benefit agreed"]), ["Land lease signed\n\nCommunity benefit agreed"]],
    [
      "xlsx",
      "budget.xlsx",
      () =>
        xlsxWithRows([
          ["Item", "Cost"],
          ["Inverters", 125000],
        ]),
      ["Budget\nItem\tCost\nInverters\t125000"],
    ],
    ["pptx", "deck.pptx", () => pptxWithSlides(["Investment thesis", "Grid offtake"]), ["Investment thesis", "Grid offtake"]],
    ["csv", "cashflow.csv", async () => Buffer.from("year,revenue\n2027,1200000\n"), ["year,revenue\n2027,1200000"]],
  ])("%s", async (_type, fileName, build, pages) => {
    const { project } = await tenantWithProject();
    const document = await uploaded({ fileName, projectId: project.id }, await build());
    expect(document.status).toBe("READY");
    const [extraction] = document.extractions;
    expect(extraction).toMatchObject({ extractionType: "TEXT", status: "COMPLETED", pageCount: pages.length });
    expect((extraction!.result as { pages: { text: string }[] }).pages.map((p) => p.text)).toEqual(pages);
  });

  it("marks an image READY with no text pass", async () => {
    const { project } = await tenantWithProject();
    const document = await uploaded({ fileName: "site.png", projectId: project.id }, TINY_PNG);
    expect(document.status).toBe("READY");
    expect(document.extractions).toEqual([]);
  });

  it("marks a corrupt PDF ERROR with a clear message, audited as a system write", async () => {
    const { actor, project } = await tenantWithProject();
    const corrupt = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2048, 0x41)]);
    const document = await uploaded({ fileName: "broken.pdf", projectId: project.id }, corrupt);
    expect(document.status).toBe("ERROR");
    expect(document.metadata).toMatchObject({ error: "This PDF is damaged or not a PDF: its pages could not be read." });
    expect(document.extractions[0]).toMatchObject({ status: "FAILED", content: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: actor.org.id, action: "document.processing_failed" } });
    expect(audit.userId).toBeNull();
  });

  it("runs through Inngest (@inngest/test), and a rerun or another org's id changes nothing", async () => {
    const { actor, project } = await tenantWithProject();
    const document = await uploaded({ fileName: "a.txt", projectId: project.id }, Buffer.from("alpha"));
    await db.document.update({ where: { id: document.id }, data: { status: "PROCESSING" } });
    // A fresh engine per run: one engine replays the step results of its previous execution.
    const run = (orgId: string) =>
      new InngestTestEngine({ function: toInngestFunction(processUploadedDocumentJob) }).execute({
        events: [{ name: "document.uploaded", data: { orgId, documentId: document.id } }],
      });
    const other = await createTenant();
    expect((await run(other.org.id)).result).toMatchObject({ status: "skipped" });
    expect((await run(actor.org.id)).result).toMatchObject({ status: "READY", pageCount: 1 });
    expect((await run(actor.org.id)).result).toMatchObject({ status: "skipped" });
    expect(await db.documentExtraction.count({ where: { documentId: document.id } })).toBe(1);
  });
});

describe("full-text search", () => {
  it("ranks the denser match first, highlights it, and keeps to the org and current versions", async () => {
    const { actor, project } = await tenantWithProject();
    const dense = await uploaded(
      { fileName: "hydrology.pdf", projectId: project.id },
      await pdfWithPages(["Flood risk assessment: flood return periods and flood defences for the site"]),
    );
    const light = await uploaded(
      { fileName: "overview.txt", projectId: project.id },
      Buffer.from("Site overview. One paragraph mentions flood risk once among many other topics like grid, land and permits."),
    );
    await uploaded({ fileName: "other.txt", projectId: project.id }, Buffer.from("Nothing relevant here about turbines."));
    const hits = await searchDocuments(actor, "flood");
    expect(hits.map((h) => h.documentId)).toEqual([dense.id, light.id]);
    expect(hits[0]!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toContain("flood");
    expect((await searchDocuments(actor, '"flood return periods"')).map((h) => h.documentId)).toEqual([dense.id]);

    const stranger = await createTenant();
    expect(await searchDocuments(stranger, "flood")).toEqual([]);
    await expect(searchDocuments(stranger, "flood", { room: { kind: "project", id: project.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("hides documents above the role's clearance", async () => {
    const { actor, project } = await tenantWithProject("admin");
    await uploaded({ fileName: "term-sheet.txt", projectId: project.id, classification: "RESTRICTED" }, Buffer.from("Term sheet: tariff escalation"));
    expect((await searchDocuments(actor, "tariff")).length).toBe(1);
    expect(await searchDocuments({ ...actor, role: "analyst" }, "tariff")).toEqual([]);
  });
});

describe("downloads: classification, watermark, access log", () => {
  it("burns the viewer's name, email, org and time into every page of a watermarked PDF, and logs it", async () => {
    const { actor, project } = await tenantWithProject();
    const document = await uploaded({ fileName: "ic-memo.pdf", projectId: project.id, watermark: "true" }, await pdfWithPages(["Page one", "Page two"]));
    const response = await get(document.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="ic-memo.pdf"/);
    const pages = await extractPdfText(new Uint8Array(await response.arrayBuffer()));
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page.text).toContain(actor.user.email);
      expect(page.text).toContain(actor.org.name);
      expect(page.text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    }
    const log = await db.documentAccessLog.findFirstOrThrow({ where: { documentId: document.id } });
    expect(log).toMatchObject({
      action: "DOWNLOADED",
      userId: actor.user.id,
      orgId: actor.org.id,
      ipAddress: "198.51.100.9",
      userAgent: "dataroom-test",
      metadata: { version: 1, watermarked: true },
    });
  });

  it("serves an unwatermarked file byte for byte, logging an inline view as VIEWED", async () => {
    const { project } = await tenantWithProject();
    const bytes = await pdfWithPages(["Plain"]);
    const document = await uploaded({ fileName: "plain.pdf", projectId: project.id }, bytes);
    const response = await get(document.id, true);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    expect(response.headers.get("content-disposition")).toMatch(/^inline/);
    expect((await db.documentAccessLog.findFirstOrThrow({ where: { documentId: document.id } })).action).toBe("VIEWED");
  });

  it("answers a document above the role's clearance with 404, like a missing one", async () => {
    const { actor, project } = await tenantWithProject("admin");
    const document = await uploaded({ fileName: "c.txt", projectId: project.id, classification: "CONFIDENTIAL" }, Buffer.from("confidential"));
    signedIn = { ...actor, role: "viewer" };
    expect((await get(document.id)).status).toBe(404);
    signedIn = { ...actor, role: "analyst" };
    expect((await get(document.id)).status).toBe(200);
    expect(await db.documentAccessLog.count({ where: { documentId: document.id } })).toBe(1);
  });

  it("answers a row whose object is missing from storage with a clear 404", async () => {
    const { project } = await tenantWithProject();
    const document = await uploaded({ fileName: "gone.txt", projectId: project.id }, Buffer.from("soon gone"));
    await db.document.update({ where: { id: document.id }, data: { s3Key: `${document.s3Key}.missing` } });
    const response = await get(document.id);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/missing from storage/);
  });
});
