import type { Prisma } from "../../lib/db/generated/client";
import type { FactoryDb } from "../factories";
import { DEMO_BUCKET, DOCUMENTS, FOLDERS, MIME_TYPES, demoDocument, documentChecksum, documentId, documentText, folderId, uploadedAt } from "./dataroom-documents";
import type { DemoContext } from "./demo-context";
import { day, demoId } from "./demo-ids";

/** Turkana's folder tree, its documents (with version chains) and their extraction passes. */
export async function seedDataRoom(db: FactoryDb, ctx: DemoContext) {
  const helios = ctx.orgs.helios;
  const turkana = ctx.projects.turkana.id;
  const created = day("2026-03-19");
  // Parents first: a folder row references its parent folder.
  for (const level of [FOLDERS.filter((f) => !f.parent), FOLDERS.filter((f) => f.parent)]) {
    await db.documentFolder.createMany({
      skipDuplicates: true,
      data: level.map((f) => ({ id: folderId(f.key), orgId: helios, projectId: turkana, parentFolderId: f.parent ? folderId(f.parent) : null, name: f.name, createdAt: created, updatedAt: created })),
    });
  }

  const documents: Prisma.DocumentCreateManyInput[] = DOCUMENTS.map((d) => ({
    id: documentId(d.key),
    orgId: helios,
    projectId: turkana,
    folderId: folderId(d.folder),
    name: d.name,
    fileType: d.fileType,
    mimeType: MIME_TYPES[d.fileType],
    s3Key: `orgs/${helios}/dataroom/${documentId(d.key)}.${d.fileType}`,
    s3Bucket: DEMO_BUCKET,
    fileSizeBytes: d.sizeBytes,
    version: d.version,
    parentVersionId: d.parent ? documentId(d.parent) : null,
    status: d.status ?? "READY",
    metadata: { pages: d.pages, language: "en", originalFileName: d.name },
    uploadedBy: ctx.users[d.uploader],
    checksumSha256: documentChecksum(d.key),
    classification: d.classification,
    watermarkEnabled: d.watermark ?? false,
    createdAt: uploadedAt(d),
    updatedAt: uploadedAt(d, 11),
  }));
  // A version row references the one it replaces, so versions go in order.
  for (const version of [1, 2, 3]) {
    const batch = documents.filter((d) => d.version === version);
    if (batch.length) await db.document.createMany({ data: batch, skipDuplicates: true });
  }

  await db.documentExtraction.createMany({ data: extractionRows(), skipDuplicates: true });
}

function extractionRows(): Prisma.DocumentExtractionCreateManyInput[] {
  const rows: Prisma.DocumentExtractionCreateManyInput[] = [];
  for (const d of DOCUMENTS) {
    const at = uploadedAt(d, 10.25);
    const base = { documentId: documentId(d.key), pageCount: d.pages, createdAt: at, updatedAt: at };
    const id = (type: string) => demoId(`turkana/extraction/${d.key}/${type}`);
    if (d.status === "PROCESSING") {
      rows.push({ ...base, id: id("TEXT"), extractionType: "TEXT", status: "PROCESSING", pageCount: null });
      continue;
    }
    if (d.text) rows.push({ ...base, id: id("TEXT"), extractionType: "TEXT", status: "COMPLETED", content: documentText(d.key) });
  }
  const aiPass = (key: string, result: Prisma.InputJsonValue, type: "SUMMARY" | "KEY_FIGURES" | "ENTITIES" | "TABLES" = "SUMMARY") => {
    const at = uploadedAt(demoDocument(key), 10.5);
    rows.push({ id: demoId(`turkana/extraction/${key}/${type}`), documentId: documentId(key), extractionType: type, status: "COMPLETED", result, createdAt: at, updatedAt: at });
  };
  aiPass("financial-model-v3", { summary: "Base case 48 MWp plant, USD 41.5m capex, 70/30 gearing; equity IRR 14.8%, minimum DSCR 1.32x." });
  aiPass("financial-model-v3", { capexUsd: "41500000.00", gearingPct: 70, equityIrrPct: 14.8, projectIrrPct: 11.2, minDscr: 1.32, avgDscr: 1.45, tariffUsdPerKwh: "0.0745" }, "KEY_FIGURES");
  aiPass("ppa-term-sheet-v2", { summary: "20-year USD-denominated PPA with Kenya Power at 0.0745/kWh flat; deemed energy above 2% curtailment; LC security of 6 months." });
  aiPass("energy-yield", { specificYieldP50: 2050, p90OneYearPct: 93.1, uncertaintyPct: 6.9, curtailmentAssumedPct: 1.5 }, "KEY_FIGURES");
  aiPass("land-lease", { people: ["John Ekai Lokwang", "Mary Akai Nakiru"], organisations: ["County Government of Turkana", "Equity Bank"], parcels: ["Turkana/Lodwar-Kanamkemer/1187"] }, "ENTITIES");
  const failedAt = uploadedAt(demoDocument("financial-model-v1"), 10.5);
  rows.push({
    id: demoId("turkana/extraction/financial-model-v1/TABLES"),
    documentId: documentId("financial-model-v1"),
    extractionType: "TABLES",
    status: "FAILED",
    errorMessage: "Sheet 'Debt' is password-protected; tables on it could not be read. Upload an unprotected copy to extract them.",
    createdAt: failedAt,
    updatedAt: failedAt,
  });
  return rows;
}
