import { PDFDocument, StandardFonts, rgb } from "pdf-lib";

/** A page of a demo PDF: a heading and its paragraphs (each wrapped to the page width). */
export type PdfPage = { heading: string; paragraphs: string[] };

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 64;
const BODY_SIZE = 10.5;
const LEADING = 15;
/** Fixed dates keep the bytes, and so the checksum, identical on every seed run. */
const FIXED_DATE = new Date("2026-01-01T00:00:00Z");

/** Helvetica is WinAnsi-only: characters outside it are spelled the way a typist would. */
function winAnsi(text: string): string {
  return text
    .replace(/[→]/g, "->")
    .replace(/[≥]/g, ">=")
    .replace(/[≤]/g, "<=")
    .replace(/[^\x20-\x7E\xA0-\xFF–—‘’“”•…€]/g, "?");
}

function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * A text PDF with one document page per entry, a running title and "Page n of N" footer: real
 * text that pdfjs extracts, that watermarking and redaction can work on.
 */
export async function renderPdf(title: string, pages: PdfPage[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const runningTitle = winAnsi(title.replace(/\.[a-z0-9]{2,4}$/i, ""));
  pdf.setTitle(runningTitle);
  pdf.setProducer("SCR Platform demo seed");
  pdf.setCreator("SCR Platform demo seed");
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const textWidth = A4.width - 2 * MARGIN;
  pages.forEach((content, index) => {
    const page = pdf.addPage([A4.width, A4.height]);
    page.drawText(runningTitle, { x: MARGIN, y: A4.height - 40, size: 8, font: regular, color: rgb(0.45, 0.45, 0.45) });
    let y = A4.height - MARGIN - 10;
    for (const line of wrap(winAnsi(content.heading), textWidth, (s) => bold.widthOfTextAtSize(s, 14))) {
      page.drawText(line, { x: MARGIN, y, size: 14, font: bold });
      y -= 20;
    }
    y -= 6;
    for (const paragraph of content.paragraphs) {
      for (const line of wrap(winAnsi(paragraph), textWidth, (s) => regular.widthOfTextAtSize(s, BODY_SIZE))) {
        page.drawText(line, { x: MARGIN, y, size: BODY_SIZE, font: regular });
        y -= LEADING;
      }
      y -= 7;
    }
    const footer = `Page ${index + 1} of ${pages.length}`;
    page.drawText(footer, { x: A4.width - MARGIN - regular.widthOfTextAtSize(footer, 8), y: 32, size: 8, font: regular, color: rgb(0.45, 0.45, 0.45) });
  });
  return pdf.save({ useObjectStreams: false });
}
