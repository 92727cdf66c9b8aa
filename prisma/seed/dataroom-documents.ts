/** The Turkana Solar Park data room: its folder tree and files, as the rest of the story refers to them. */
import type { DocumentClassification } from "../../lib/db/generated/client";
import type { DemoContentKey } from "./dataroom-texts";
import { loadDemoFile, type DemoFile } from "./demo-files/load-demo-file";
import { day, demoId } from "./demo-ids";

export const FOLDERS = [
  { key: "legal", name: "01 Corporate & Legal", parent: null },
  { key: "land", name: "Land & Permits", parent: "legal" },
  { key: "technical", name: "02 Technical", parent: null },
  { key: "yield", name: "Energy Yield", parent: "technical" },
  { key: "financial", name: "03 Financial", parent: null },
  { key: "commercial", name: "04 Commercial & Offtake", parent: null },
  { key: "esg", name: "05 ESG", parent: null },
] as const;

type FolderKey = (typeof FOLDERS)[number]["key"];
type Uploader = "amara" | "sarah" | "david";

/** A file of the room; `key` is also what its content is filed under in dataroom-texts. */
export type DemoDocument = {
  key: DemoContentKey;
  name: string;
  folder: FolderKey;
  version: number;
  parent: DemoContentKey | null;
  uploader: Uploader;
  uploadedOn: string;
  classification: DocumentClassification;
  watermark?: boolean;
};

const FINANCIAL_MODEL = "Turkana Solar Park - Financial Model.xlsx";
const PPA = "Kenya Power PPA - Term Sheet.pdf";

export const DOCUMENTS: DemoDocument[] = [
  {
    key: "financial-model-v1",
    name: FINANCIAL_MODEL,
    folder: "financial",
    version: 1,
    parent: null,
    uploader: "sarah",
    uploadedOn: "2026-05-28",
    classification: "CONFIDENTIAL",
  },
  {
    key: "financial-model-v2",
    name: FINANCIAL_MODEL,
    folder: "financial",
    version: 2,
    parent: "financial-model-v1",
    uploader: "sarah",
    uploadedOn: "2026-08-30",
    classification: "CONFIDENTIAL",
  },
  {
    key: "financial-model-v3",
    name: FINANCIAL_MODEL,
    folder: "financial",
    version: 3,
    parent: "financial-model-v2",
    uploader: "sarah",
    uploadedOn: "2026-11-12",
    classification: "CONFIDENTIAL",
  },
  { key: "ppa-term-sheet-v1", name: PPA, folder: "commercial", version: 1, parent: null, uploader: "amara", uploadedOn: "2026-07-14", classification: "CONFIDENTIAL" },
  {
    key: "ppa-term-sheet-v2",
    name: PPA,
    folder: "commercial",
    version: 2,
    parent: "ppa-term-sheet-v1",
    uploader: "amara",
    uploadedOn: "2026-10-21",
    classification: "CONFIDENTIAL",
    watermark: true,
  },
  {
    key: "energy-yield",
    name: "P50-P90 Energy Yield Assessment.pdf",
    folder: "yield",
    version: 1,
    parent: null,
    uploader: "david",
    uploadedOn: "2026-04-09",
    classification: "CONFIDENTIAL",
  },
  {
    key: "esia",
    name: "Environmental & Social Impact Assessment (NEMA approved).pdf",
    folder: "esg",
    version: 1,
    parent: null,
    uploader: "sarah",
    uploadedOn: "2026-09-15",
    classification: "PUBLIC",
  },
  {
    key: "land-lease",
    name: "Land Lease Agreement - Turkana County Government.pdf",
    folder: "land",
    version: 1,
    parent: null,
    uploader: "amara",
    uploadedOn: "2026-03-20",
    classification: "RESTRICTED",
    watermark: true,
  },
  {
    key: "grid-connection",
    name: "Grid Connection Agreement - KETRACO Lodwar.pdf",
    folder: "technical",
    version: 1,
    parent: null,
    uploader: "david",
    uploadedOn: "2026-06-02",
    classification: "CONFIDENTIAL",
  },
  {
    key: "team-cvs",
    name: "Management Team CVs.pdf",
    folder: "legal",
    version: 1,
    parent: null,
    uploader: "amara",
    uploadedOn: "2026-05-05",
    classification: "RESTRICTED",
  },
  {
    key: "insurance-letter",
    name: "Construction All Risks - Broker Indication.pdf",
    folder: "commercial",
    version: 1,
    parent: null,
    uploader: "david",
    uploadedOn: "2026-11-23",
    classification: "CONFIDENTIAL",
  },
];

export const folderId = (key: FolderKey) => demoId(`turkana/folder/${key}`);
export const documentId = (key: string) => demoId(`turkana/document/${key}`);

export function demoDocument(key: string): DemoDocument {
  const found = DOCUMENTS.find((d) => d.key === key);
  if (!found) throw new Error(`Unknown demo document ${key}`);
  return found;
}

/** The rendered file behind a Turkana document: its bytes, checksum and extracted pages. */
export function turkanaFile(key: DemoContentKey): Promise<DemoFile> {
  return loadDemoFile(key, demoDocument(key).name);
}

/** The line of a document's extracted text that contains `needle`, with its page: what a citation quotes. */
export async function quoteDemoDocument(key: DemoContentKey, needle: string): Promise<{ page: number; excerpt: string }> {
  for (const { page, text } of (await turkanaFile(key)).pages) {
    const line = text.split("\n").find((l) => l.includes(needle));
    if (line) return { page, excerpt: line.trim() };
  }
  throw new Error(`"${needle}" is not in ${key}`);
}

export function uploadedAt(document: DemoDocument, hourUtc = 10): Date {
  return new Date(day(document.uploadedOn).getTime() + hourUtc * 3_600_000);
}
