import JSZip from "jszip";
import { assertZipWithinLimits } from "./assert-zip-within-limits";
import type { PageText } from "./extract-pdf-text";
import type { OnExtractionProgress } from "./extraction-progress";

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) =>
    entity.startsWith("#x") || entity.startsWith("#X")
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : entity.startsWith("#")
        ? String.fromCodePoint(Number(entity.slice(1)))
        : XML_ENTITIES[entity.toLowerCase()]!,
  );
}

/** One page per slide, in slide order: the text runs (<a:t>) of each paragraph (<a:p>). */
export async function extractPptxText(bytes: Uint8Array, onProgress?: OnExtractionProgress): Promise<PageText[]> {
  await assertZipWithinLimits(bytes, "pptx");
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files)
    .map((name) => ({ name, number: Number(/^ppt\/slides\/slide(\d+)\.xml$/.exec(name)?.[1]) }))
    .filter((s) => Number.isInteger(s.number) && s.number > 0)
    .sort((a, b) => a.number - b.number);
  const pages: PageText[] = [];
  for (const slide of slides) {
    const xml = await zip.file(slide.name)!.async("string");
    const paragraphs = xml.split(/<\/a:p>/).map((p) => [...p.matchAll(/<a:t(?:\s[^>]*)?>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!)).join(""));
    pages.push({ page: pages.length + 1, text: paragraphs.filter(Boolean).join("\n").trim() });
    await onProgress?.(pages.length, slides.length);
  }
  return pages;
}
