import type { Canvas } from "@napi-rs/canvas";
import { degrees, PDFName, PDFNumber, type PDFDocument, type PDFFont } from "pdf-lib";
import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import type { RedactionSpan } from "./build-redacted-text-pdf";
import { locateRedactedCharacters } from "./locate-redacted-characters";
import { countCharacters, keptTextRuns, mapRedactionBoxes, type Box } from "./map-redaction-boxes";
import { helveticaAdvance, writeInvisibleText } from "./write-invisible-text";

/**
 * 150 dpi keeps body text sharp on screen and in print at a few hundred KB a page. The pixel cap
 * (about 40 MB of RGBA, an A2 sheet at full resolution) keeps a poster-sized page from
 * exhausting the job's memory: such a page is rendered at a lower resolution instead.
 */
const DPI = 150;
const MAX_PIXELS = 10_000_000;
const JPEG_QUALITY = 85;

/** `annotationMode` is pdfjs's AnnotationMode.ENABLE_STORAGE: annotations and form values drawn as printed. */
export type PageTools = { createCanvas: (width: number, height: number) => Canvas; annotationMode: number; output: PDFDocument; font: PDFFont };

function renderScale(width: number, height: number): number {
  return Math.min(DPI / 72, Math.sqrt(MAX_PIXELS / (width * height)));
}

/** Opaque black, outlined with a pixel more each side so the antialiased edges of glyphs go too. */
function paintBoxes(canvas: Canvas, boxes: Box[]) {
  const context = canvas.getContext("2d");
  context.fillStyle = context.strokeStyle = "#000000";
  context.lineWidth = 2;
  for (const [first, ...rest] of boxes) {
    context.beginPath();
    context.moveTo(...first!);
    for (const corner of rest) context.lineTo(...corner);
    context.closePath();
    context.fill();
    context.stroke();
  }
}

/**
 * PNG is lossless and keeps text crisp; JPEG is taken only when it is under half the size, as for
 * photos and scans. Embedded at once, so the page's decoded pixels are not held until the save.
 */
async function embedBitmap(output: PDFDocument, canvas: Canvas) {
  const png = await canvas.encode("png");
  const jpeg = await canvas.encode("jpeg", JPEG_QUALITY);
  const image = jpeg.length * 2 < png.length ? await output.embedJpg(jpeg) : await output.embedPng(png);
  await image.embed();
  return image;
}

/**
 * Appends one page to `output`: the source page rendered to a bitmap with the approved spans
 * painted black, at the source page's size and rotation, under an invisible layer of the text that
 * stays. Nothing of the source page's content stream is copied, so the redacted characters exist
 * nowhere in the new page.
 */
export async function addRedactedPage({ createCanvas, annotationMode, output, font }: PageTools, page: PDFPageProxy, pageText: string, spans: RedactionSpan[]) {
  const items = (await page.getTextContent()).items.filter((item): item is TextItem => "str" in item);
  const masks = locateRedactedCharacters(items, pageText, spans, page.pageNumber);
  const measure = helveticaAdvance(font);

  // Rendered upright; the new page carries the source's /Rotate, as the source did.
  const upright = page.getViewport({ scale: 1, rotation: 0 });
  const viewport = page.getViewport({ scale: renderScale(upright.width, upright.height), rotation: 0 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  // pdfjs's types name the DOM canvas; in Node it draws on this one (its NodeCanvasFactory's kind).
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, intent: "print", annotationMode }).promise;
  paintBoxes(canvas, mapRedactionBoxes(items, masks, viewport.transform, [measure, countCharacters]));
  const image = await embedBitmap(output, canvas);

  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const target = output.addPage([x1 - x0, y1 - y0]);
  target.drawImage(image, { x: 0, y: 0, width: x1 - x0, height: y1 - y0 });
  if (page.rotate) target.setRotation(degrees(page.rotate));
  if (page.userUnit !== 1) target.node.set(PDFName.of("UserUnit"), PDFNumber.of(page.userUnit));
  writeInvisibleText(target, font, keptTextRuns(items, masks, measure), [x0, y0]);
}
