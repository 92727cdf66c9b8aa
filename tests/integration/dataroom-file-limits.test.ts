import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { SEARCH_TEXT_MAX_CHARS } from "@/lib/dataroom/search-text-cap";
import { drainJobs } from "../support/job-worker";
import { useTestSession } from "../support/mock-session";
import { createTenant, createTenantProject, db } from "../support/test-db";
import { useTestStorage, uploadRequest } from "../support/dataroom-routes";
import { buildZip, deflatedRepeat, storedPart } from "../support/zip-builder";

let signedIn: Actor | null = null;
vi.mock("@/lib/auth/get-tenant-context", () => import("../support/mock-session"));
useTestSession(() => signedIn);

const { PUT: upload } = await import("@/app/api/dataroom/upload/route");
const { searchDocuments } = await import("@/lib/dataroom/search-documents");

useTestStorage();

/**
 * The attacks issue 11 reported: each file used to crash the server or leave its document
 * PROCESSING forever. Each now ends READY or ERROR with a reason, and the data room stays usable.
 */
async function uploadAndProcess(fileName: string, bytes: Uint8Array) {
  const actor = await createTenant({ role: "admin" });
  const project = await createTenantProject(actor);
  signedIn = actor;
  const response = await upload(uploadRequest({ fileName, projectId: project.id }, bytes));
  expect(response.status).toBe(201);
  const { document } = (await response.json()) as { document: { id: string } };
  await drainJobs();
  const stored = await db.document.findUniqueOrThrow({ where: { id: document.id }, include: { extractions: true } });
  return { actor, document: stored };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** `count` distinct lower-case words: w + the index in base 26. */
function distinctWords(count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i += 1) {
    let word = "";
    for (let n = i; ; n = Math.floor(n / 26) - 1) {
      word = String.fromCharCode(97 + (n % 26)) + word;
      if (n < 26) break;
    }
    words.push(`lexeme${word}`);
  }
  return words.join(" ");
}

describe("file limits: hostile and huge files end READY or ERROR, never stuck", () => {
  it("refuses a DOCX that inflates to 200 MB with the reason, and the document ends in ERROR", async () => {
    const body = await deflatedRepeat("word/document.xml", {
      head: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
      body: "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>",
      times: 4_000_000,
      tail: "</w:body></w:document>",
    });
    const zip = buildZip([storedPart("[Content_Types].xml", CONTENT_TYPES), body]);
    expect(zip.length).toBeLessThan(1024 * 1024);

    const { document } = await uploadAndProcess("bomb.docx", zip);
    expect(document.status).toBe("ERROR");
    expect(document.extractions).toHaveLength(1);
    expect(document.extractions[0]).toMatchObject({ status: "FAILED" });
    expect(document.extractions[0]!.errorMessage).toMatch(/when unpacked/);
  });

  it("indexes a 3 MB text of 250,000 distinct words: READY, whole text kept, its opening searchable", async () => {
    const text = distinctWords(250_000);
    expect(text.length).toBeGreaterThan(2_500_000);
    const { actor, document } = await uploadAndProcess("glossary.txt", Buffer.from(text));
    expect(document.status).toBe("READY");
    expect(document.extractions[0]).toMatchObject({ status: "COMPLETED", content: text });

    const hits = await searchDocuments(actor, "lexemebcd");
    expect(hits.map((hit) => hit.documentId)).toEqual([document.id]);
  });

  it("stores a 22 MB text file and marks it READY (no transaction holds the text)", async () => {
    const line = "Annual generation of the Turkana plant was measured at the grid meter.\n";
    const text = line.repeat(Math.ceil((22 * 1024 * 1024) / line.length));
    const { document } = await uploadAndProcess("meter-log.txt", Buffer.from(text));
    expect(document.status).toBe("READY");
    expect(document.extractions).toHaveLength(1);
    expect(document.extractions[0]).toMatchObject({ status: "COMPLETED" });
    expect(document.extractions[0]!.content!.length).toBe(text.trim().length);
  });

  it("keeps the search vector of the worst text we know under PostgreSQL's 1 MB limit", async () => {
    // Hyphenated pairs of 4-byte letters: each letter stored in the compound and again alone.
    const letters = Array.from({ length: 40_000 }, (_, i) => String.fromCodePoint(0x20000 + i));
    const words: string[] = [];
    for (let i = 0; i + 3 < letters.length; i += 4) words.push(`${letters[i]}${letters[i + 1]}-${letters[i + 2]}${letters[i + 3]}`);
    const worst = words.join(" ").repeat(3);
    expect(worst.length).toBeGreaterThan(SEARCH_TEXT_MAX_CHARS);
    const [row] = await db.$queryRaw<{ bytes: number }[]>`
      SELECT pg_column_size(to_tsvector('english', left(${worst}::text, ${SEARCH_TEXT_MAX_CHARS}::int)))::int AS bytes`;
    expect(row!.bytes).toBeLessThan(1024 * 1024);
  });
});
