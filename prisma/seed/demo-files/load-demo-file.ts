import { extractText } from "../../../lib/dataroom/extraction/extract-text";
import type { PageText } from "../../../lib/dataroom/extraction/extract-pdf-text";
import { sanitizeExtractedText } from "../../../lib/dataroom/extraction/sanitize-extracted-text";
import { joinPagesForAnalysis } from "../../../lib/dataroom/extraction/text-extraction-record";
import { DOCUMENT_CONTENT, type DemoContentKey } from "../dataroom-texts";
import { sha256Hex } from "../demo-ids";
import { renderDemoFile } from "./render-demo-file";

export type DemoFile = { bytes: Uint8Array; checksum: string; pages: PageText[]; analysisText: string };

const rendered = new Map<DemoContentKey, Promise<DemoFile>>();

/**
 * A demo file rendered once per process and read back by the app's own extraction, exactly as
 * the upload job reads an uploaded file: what is stored, shown, searched and scored is one text.
 */
export function loadDemoFile(key: DemoContentKey, title: string): Promise<DemoFile> {
  let file = rendered.get(key);
  if (!file) {
    file = (async () => {
      const content = DOCUMENT_CONTENT[key];
      const bytes = await renderDemoFile(title, content);
      const pages = (await extractText(content.kind, bytes)).map((p) => ({ page: p.page, text: sanitizeExtractedText(p.text) }));
      return { bytes, checksum: sha256Hex(Buffer.from(bytes)), pages, analysisText: joinPagesForAnalysis(pages) };
    })();
    rendered.set(key, file);
  }
  return file;
}
