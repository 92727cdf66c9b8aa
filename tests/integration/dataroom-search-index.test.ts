import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { visibleClassifications } from "@/lib/dataroom/access-rules";
import { toTextExtractionRecord } from "@/lib/dataroom/extraction/text-extraction-record";
import { searchDocuments } from "@/lib/dataroom/search-documents";
import { searchDocumentsQuery } from "@/lib/dataroom/search-documents-query";
import { Prisma } from "@/lib/db/generated/client";
import { createDocument } from "@/prisma/factories";
import { legacySearch } from "@/bench/dataroom-search.bench";
import { ownerDb } from "../support/owner-db";
import { createTenant, createTenantProject, db } from "../support/test-db";

type Classification = "PUBLIC" | "CONFIDENTIAL" | "RESTRICTED" | "TOP_SECRET" | null;

/** A READY document with a COMPLETED TEXT extraction of these pages, stored as the upload job stores it. */
async function documentWithPages(
  actor: Actor,
  pages: string[],
  options: { name?: string; classification?: Classification; parentVersionId?: string; version?: number } = {},
) {
  const project = await createTenantProject(actor, { slug: "search-room" });
  const document = await createDocument(db, {
    orgId: actor.org.id,
    uploadedBy: actor.user!.id,
    projectId: project.id,
    name: options.name,
    parentVersionId: options.parentVersionId,
    version: options.version,
  });
  await db.document.update({ where: { id: document.id }, data: { classification: options.classification === undefined ? null : options.classification } });
  const extraction = await db.documentExtraction.create({
    data: { documentId: document.id, extractionType: "TEXT", status: "COMPLETED", ...toTextExtractionRecord(pages.map((text, i) => ({ page: i + 1, text }))) },
  });
  return { ...document, extractionId: extraction.id };
}

const ids = (hits: { documentId: string }[]) => hits.map((hit) => hit.documentId);
const matches = (hits: { snippet: { text: string; match: boolean }[] }[]) => hits.flatMap((hit) => hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase()));

/** Every node of an EXPLAIN (FORMAT JSON) plan. */
function planNodes(node: Record<string, unknown>): Record<string, unknown>[] {
  return [node, ...((node.Plans as Record<string, unknown>[] | undefined) ?? []).flatMap(planNodes)];
}

async function explain(sql: Prisma.Sql): Promise<Record<string, unknown>[]> {
  const [row] = await db.$queryRaw<{ "QUERY PLAN": { Plan: Record<string, unknown> }[] }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
  return planNodes(row!["QUERY PLAN"][0]!.Plan);
}

const readsTheIndex = (nodes: Record<string, unknown>[]) =>
  nodes.some((n) => n["Node Type"] === "Bitmap Index Scan" && n["Index Name"] === "document_search_chunks_search_vector_idx");

describe("data room search reads a stored index", () => {
  let actor: Actor;
  beforeAll(async () => {
    // A realistic table: 3 orgs of 1,200 one-page documents each (one chunk per document); a
    // word only 3 of them say. ANALYZE, as autovacuum would, so the planner knows the lexemes.
    const orgs = await Promise.all([0, 1, 2].map(() => createTenant({ role: "admin" })));
    actor = orgs[0]!;
    for (const [index, tenant] of orgs.entries()) {
      const project = await createTenantProject(tenant, { slug: "search-load" });
      await db.$executeRaw`
        WITH document AS (
          INSERT INTO documents (org_id, project_id, name, file_type, mime_type, s3_key, s3_bucket, version, status, uploaded_by, checksum_sha256, updated_at)
          SELECT ${tenant.org.id}::uuid, ${project.id}::uuid, 'Monthly report ' || n || '.pdf', 'pdf', 'application/pdf', 'test/' || n, 'test', 1, 'READY',
                 ${tenant.user!.id}::uuid, repeat('0', 64), now()
          FROM generate_series(1, 1200) n
          RETURNING id, name
        )
        INSERT INTO document_extractions (document_id, extraction_type, content, status, updated_at)
        SELECT id, 'TEXT', name || ': generation, availability and curtailment of the solar park were within the budget'
               || CASE WHEN ${index} = 0 AND name IN ('Monthly report 100.pdf', 'Monthly report 101.pdf', 'Monthly report 102.pdf')
                       THEN ', pending the heliostat repair.' ELSE '.' END,
               'COMPLETED', now()
        FROM document`;
    }
    await ownerDb().$executeRawUnsafe("ANALYZE documents, document_extractions, document_search_chunks, document_search_passages");
  });

  it("finds the chunks through the GIN index, where the query it replaced parsed every text", async () => {
    const scope = { orgId: actor.org.id, classifications: visibleClassifications("admin"), room: null };
    expect(Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM document_search_chunks`)[0]!.n)).toBeGreaterThan(3_000);
    expect(readsTheIndex(await explain(searchDocumentsQuery(scope, "heliostat", 20)))).toBe(true);
    expect(readsTheIndex(await explain(legacySearch(scope, "heliostat", 20)))).toBe(false);
    expect((await searchDocuments(actor, "heliostat")).map((hit) => hit.name).sort()).toEqual([
      "Monthly report 100.pdf",
      "Monthly report 101.pdf",
      "Monthly report 102.pdf",
    ]);
  });
});

describe("data room search: ranking, snippets and scope", () => {
  it("ranks a match in the name above one in the text, and a dense text above a passing mention", async () => {
    const actor = await createTenant({ role: "admin" });
    const passing = await documentWithPages(actor, ["Site overview: grid, land, permits and one word on inverters."]);
    const dense = await documentWithPages(actor, ["Inverter sizing: each inverter feeds two trackers; inverter losses and inverter availability."]);
    const named = await documentWithPages(actor, ["Warranty terms and spare parts."], { name: "Inverter warranty.pdf" });
    expect(ids(await searchDocuments(actor, "inverter"))).toEqual([named.id, dense.id, passing.id]);
  });

  it("takes the snippet from the page that matches, with the match marked", async () => {
    const actor = await createTenant({ role: "admin" });
    const filler = (page: number) => `Page ${page} of the lender's report covers construction progress, budget and schedule in some detail. `.repeat(30);
    const pages = Array.from({ length: 12 }, (_, i) => filler(i + 1));
    pages[9] = `${filler(10)} The geotechnical survey found karst cavities under two turbine pads. ${filler(10)}`;
    const document = await documentWithPages(actor, pages);
    const [hit] = await searchDocuments(actor, "karst");
    expect(hit?.documentId).toBe(document.id);
    expect(matches([hit!])).toEqual(["karst"]);
    expect(hit!.snippet.map((p) => p.text).join("")).toMatch(/geotechnical survey found karst cavities/);
    expect(ids(await searchDocuments(actor, '"karst cavities"'))).toEqual([document.id]);
    expect(await searchDocuments(actor, '"cavities karst"')).toEqual([]);
  });

  it("searches a long page past its first passages, and a phrase across two pages", async () => {
    const actor = await createTenant({ role: "admin" });
    const longPage = `${"Hourly meter readings were within tolerance. ".repeat(400)}A transformer bushing flashover tripped the plant.`;
    const document = await documentWithPages(actor, [longPage, "The debt service", "coverage ratio stayed above covenant."]);
    expect(longPage.length).toBeGreaterThan(12_000);
    expect(ids(await searchDocuments(actor, "flashover"))).toEqual([document.id]);
    expect(ids(await searchDocuments(actor, '"debt service coverage"'))).toEqual([document.id]);
    const sizes = await db.$queryRaw<{ characters: number }[]>`SELECT characters FROM document_search_chunks WHERE document_id = ${document.id}::uuid`;
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes.map((s) => s.characters))).toBeLessThanOrEqual(16_000);
  });

  it("shows another org nothing, and a viewer nothing above their clearance", async () => {
    const actor = await createTenant({ role: "admin" });
    const open = await documentWithPages(actor, ["Tariff escalation follows the consumer price index."], { classification: "PUBLIC" });
    const restricted = await documentWithPages(actor, ["Tariff escalation is capped at three percent."], { classification: "RESTRICTED" });
    const confidential = await documentWithPages(actor, ["Tariff escalation applies from year two."], { classification: "CONFIDENTIAL" });
    expect(new Set(ids(await searchDocuments(actor, "tariff escalation")))).toEqual(new Set([open.id, restricted.id, confidential.id]));
    expect(ids(await searchDocuments({ ...actor, role: "viewer" }, "tariff escalation"))).toEqual([open.id]);
    expect(new Set(ids(await searchDocuments({ ...actor, role: "analyst" }, "tariff escalation")))).toEqual(new Set([open.id, confidential.id]));
    expect(await searchDocuments(await createTenant({ role: "admin" }), "tariff escalation")).toEqual([]);
  });

  it("finds the current version only, never a deleted document, and follows a re-extraction", async () => {
    const actor = await createTenant({ role: "admin" });
    const v1 = await documentWithPages(actor, ["Draft: the offtaker is the national utility."], { name: "PPA.pdf" });
    const v2 = await documentWithPages(actor, ["Final: the offtaker is the national utility."], { name: "PPA.pdf", parentVersionId: v1.id, version: 2 });
    const gone = await documentWithPages(actor, ["The offtaker signed in May."]);
    await db.document.update({ where: { id: gone.id }, data: { isDeleted: true } });
    expect(ids(await searchDocuments(actor, "offtaker"))).toEqual([v2.id]);

    await db.documentExtraction.update({ where: { id: v2.extractionId }, data: toTextExtractionRecord([{ page: 1, text: "Final: the buyer is a mining company." }]) });
    expect(await searchDocuments(actor, "offtaker")).toEqual([]);
    expect(ids(await searchDocuments(actor, "mining"))).toEqual([v2.id]);

    await db.documentExtraction.update({ where: { id: v2.extractionId }, data: { status: "PROCESSING" } });
    expect(await searchDocuments(actor, "mining")).toEqual([]);
    await db.documentExtraction.delete({ where: { id: v2.extractionId } });
    expect(await db.$queryRaw<unknown[]>`SELECT 1 FROM document_search_chunks WHERE document_id = ${v2.id}::uuid`).toEqual([]);
  });
});
