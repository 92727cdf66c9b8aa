/** The Turkana Solar Park data room: its folder tree and files, as the rest of the story refers to them. */
import type { DocumentClassification, DocumentStatus } from "../../lib/db/generated/client";
import { DOCUMENT_TEXTS, type DocumentTextKey } from "./dataroom-texts";
import { day, demoId, sha256Hex } from "./demo-ids";

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

export type DemoDocument = {
  key: string;
  text: DocumentTextKey | null;
  name: string;
  folder: FolderKey;
  fileType: "pdf" | "xlsx";
  version: number;
  parent: string | null;
  uploader: Uploader;
  uploadedOn: string;
  sizeBytes: number;
  pages: number;
  classification: DocumentClassification;
  status?: DocumentStatus;
  watermark?: boolean;
};

const FINANCIAL_MODEL = "Turkana Solar Park - Financial Model.xlsx";
const PPA = "Kenya Power PPA - Term Sheet.pdf";

export const DOCUMENTS: DemoDocument[] = [
  { key: "financial-model-v1", text: null, name: FINANCIAL_MODEL, folder: "financial", fileType: "xlsx", version: 1, parent: null, uploader: "sarah", uploadedOn: "2026-05-28", sizeBytes: 1_842_311, pages: 9, classification: "CONFIDENTIAL" },
  { key: "financial-model-v2", text: null, name: FINANCIAL_MODEL, folder: "financial", fileType: "xlsx", version: 2, parent: "financial-model-v1", uploader: "sarah", uploadedOn: "2026-08-30", sizeBytes: 1_906_774, pages: 11, classification: "CONFIDENTIAL" },
  { key: "financial-model-v3", text: "financial-model", name: FINANCIAL_MODEL, folder: "financial", fileType: "xlsx", version: 3, parent: "financial-model-v2", uploader: "sarah", uploadedOn: "2026-11-12", sizeBytes: 2_013_502, pages: 12, classification: "CONFIDENTIAL" },
  { key: "ppa-term-sheet-v1", text: null, name: PPA, folder: "commercial", fileType: "pdf", version: 1, parent: null, uploader: "amara", uploadedOn: "2026-07-14", sizeBytes: 412_880, pages: 6, classification: "CONFIDENTIAL" },
  { key: "ppa-term-sheet-v2", text: "ppa-term-sheet", name: PPA, folder: "commercial", fileType: "pdf", version: 2, parent: "ppa-term-sheet-v1", uploader: "amara", uploadedOn: "2026-10-21", sizeBytes: 436_102, pages: 7, classification: "CONFIDENTIAL", watermark: true },
  { key: "energy-yield", text: "energy-yield", name: "P50-P90 Energy Yield Assessment.pdf", folder: "yield", fileType: "pdf", version: 1, parent: null, uploader: "david", uploadedOn: "2026-04-09", sizeBytes: 6_284_019, pages: 64, classification: "CONFIDENTIAL" },
  { key: "esia", text: "esia", name: "Environmental & Social Impact Assessment (NEMA approved).pdf", folder: "esg", fileType: "pdf", version: 1, parent: null, uploader: "sarah", uploadedOn: "2026-09-15", sizeBytes: 14_702_556, pages: 212, classification: "PUBLIC" },
  { key: "land-lease", text: "land-lease", name: "Land Lease Agreement - Turkana County Government.pdf", folder: "land", fileType: "pdf", version: 1, parent: null, uploader: "amara", uploadedOn: "2026-03-20", sizeBytes: 2_118_940, pages: 28, classification: "RESTRICTED", watermark: true },
  { key: "grid-connection", text: "grid-connection", name: "Grid Connection Agreement - KETRACO Lodwar.pdf", folder: "technical", fileType: "pdf", version: 1, parent: null, uploader: "david", uploadedOn: "2026-06-02", sizeBytes: 1_377_245, pages: 34, classification: "CONFIDENTIAL" },
  { key: "team-cvs", text: "team-cvs", name: "Management Team CVs.pdf", folder: "legal", fileType: "pdf", version: 1, parent: null, uploader: "amara", uploadedOn: "2026-05-05", sizeBytes: 903_417, pages: 9, classification: "RESTRICTED" },
  { key: "insurance-letter", text: null, name: "Construction All Risks - Broker Indication.pdf", folder: "commercial", fileType: "pdf", version: 1, parent: null, uploader: "david", uploadedOn: "2026-11-23", sizeBytes: 288_064, pages: 4, classification: "CONFIDENTIAL", status: "PROCESSING" },
];

/** No demo files are put in storage: the rows name the app's bucket, and downloading one answers "not found". */
export const DEMO_BUCKET = process.env.S3_BUCKET ?? "scr-local";

export const MIME_TYPES = { pdf: "application/pdf", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

export const folderId = (key: FolderKey) => demoId(`turkana/folder/${key}`);
export const documentId = (key: string) => demoId(`turkana/document/${key}`);

export function demoDocument(key: string): DemoDocument {
  const found = DOCUMENTS.find((d) => d.key === key);
  if (!found) throw new Error(`Unknown demo document ${key}`);
  return found;
}

/** The extracted text a document's analyses were computed from (its content hash is their cache key). */
export function documentText(key: string): string {
  const { text, name, version } = demoDocument(key);
  return text ? DOCUMENT_TEXTS[text] : `${name} (version ${version})`;
}

/** There are no real files behind the demo rows, so the "file bytes" are a stand-in derived from the text. */
export function documentChecksum(key: string): string {
  const document = demoDocument(key);
  return sha256Hex(`${document.name}\nversion ${document.version}\n\n${documentText(key)}`);
}

export function uploadedAt(document: DemoDocument, hourUtc = 10): Date {
  return new Date(day(document.uploadedOn).getTime() + hourUtc * 3_600_000);
}
