import { renderDocx } from "./render-docx";
import { renderPdf, type PdfPage } from "./render-pdf";
import { renderXlsx, type Sheet } from "./render-xlsx";

export type DemoFileContent = { kind: "pdf"; pages: PdfPage[] } | { kind: "xlsx"; sheets: Sheet[] } | { kind: "docx"; heading: string; paragraphs: string[] };

export const DEMO_MIME_TYPES = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** The file's bytes; deterministic, so a re-run of the seed reproduces the stored checksum. */
export function renderDemoFile(title: string, content: DemoFileContent): Promise<Uint8Array> {
  switch (content.kind) {
    case "pdf":
      return renderPdf(title, content.pages);
    case "xlsx":
      return renderXlsx(title, content.sheets);
    case "docx":
      return renderDocx(content.heading, content.paragraphs);
  }
}
