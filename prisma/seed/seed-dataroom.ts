import type { Prisma } from "../../lib/db/generated/client";
import type { StorageConfig } from "../../lib/storage/s3-client";
import type { FactoryDb } from "../factories";
import { DOCUMENTS, FOLDERS, demoDocument, documentId, folderId, uploadedAt } from "./dataroom-documents";
import type { DemoContext } from "./demo-context";
import { seedDemoDocuments } from "./demo-files/seed-demo-documents";
import { day, demoId } from "./demo-ids";

/** Turkana's folder tree, its documents (real files, with version chains) and their extraction passes. */
export async function seedDataRoom(db: FactoryDb, storage: StorageConfig, ctx: DemoContext) {
  const helios = ctx.orgs.helios;
  const turkana = ctx.projects.turkana.id;
  const created = day("2026-03-19");
  // Parents first: a folder row references its parent folder.
  for (const level of [FOLDERS.filter((f) => !f.parent), FOLDERS.filter((f) => f.parent)]) {
    await db.documentFolder.createMany({
      skipDuplicates: true,
      data: level.map((f) => ({
        id: folderId(f.key),
        orgId: helios,
        projectId: turkana,
        parentFolderId: f.parent ? folderId(f.parent) : null,
        name: f.name,
        createdAt: created,
        updatedAt: created,
      })),
    });
  }

  // A version row references the one it replaces, so versions go in order.
  const inVersionOrder = [...DOCUMENTS].sort((a, b) => a.version - b.version);
  await seedDemoDocuments(
    db,
    storage,
    inVersionOrder.map((d) => ({
      id: documentId(d.key),
      content: d.key,
      orgId: helios,
      projectId: turkana,
      folderId: folderId(d.folder),
      name: d.name,
      version: d.version,
      parentVersionId: d.parent ? documentId(d.parent) : null,
      metadata: { language: "en" },
      uploadedBy: ctx.users[d.uploader],
      classification: d.classification,
      watermarkEnabled: d.watermark ?? false,
      createdAt: uploadedAt(d),
      updatedAt: uploadedAt(d, 11),
    })),
  );

  await db.documentExtraction.createMany({ data: aiPassRows(), skipDuplicates: true });
}

/** The AI passes run on the main documents after extraction (their results quote the files' text). */
function aiPassRows(): Prisma.DocumentExtractionCreateManyInput[] {
  const pass = (key: string, type: "SUMMARY" | "KEY_FIGURES" | "ENTITIES", result: Prisma.InputJsonValue): Prisma.DocumentExtractionCreateManyInput => {
    const at = uploadedAt(demoDocument(key), 10.5);
    return {
      id: demoId(`turkana/extraction/${key}/${type}`),
      documentId: documentId(key),
      extractionType: type,
      status: "COMPLETED",
      result,
      createdAt: at,
      updatedAt: at,
    };
  };
  return [
    pass("financial-model-v3", "SUMMARY", { summary: "Base case 48 MWp plant, USD 41.5m total project cost, 70/30 gearing; equity IRR 14.8%, minimum DSCR 1.32x." }),
    pass("financial-model-v3", "KEY_FIGURES", {
      totalProjectCostUsd: "41500000.00",
      gearingPct: 70,
      equityIrrPct: 14.8,
      projectIrrPct: 11.2,
      minDscr: 1.32,
      avgDscr: 1.45,
      tariffUsdPerKwh: "0.0745",
    }),
    pass("ppa-term-sheet-v2", "SUMMARY", {
      summary: "20-year USD-denominated PPA with Kenya Power at 0.0745/kWh flat; deemed energy above 2% curtailment; LC security of 6 months.",
    }),
    pass("energy-yield", "KEY_FIGURES", { specificYieldP50: 2050, p90OneYearPct: 93.1, uncertaintyPct: 6.9, curtailmentAssumedPct: 1.5 }),
    pass("land-lease", "ENTITIES", {
      people: ["John Ekai Lokwang", "Mary Akai Nakiru"],
      organisations: ["County Government of Turkana", "Equity Bank"],
      parcels: ["Turkana/Lodwar-Kanamkemer/1187"],
    }),
  ];
}
