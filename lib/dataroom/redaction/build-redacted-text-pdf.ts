import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";

export type RedactionSpan = { page: number; start: number; end: number };

const PAGE = { width: 595, height: 842, margin: 56 };
const SIZE = 10;
const LEADING = 14;

/** Helvetica speaks WinAnsi only. */
const winAnsi = (text: string) => text.replace(/[^\x20-\x7e\xa0-\xff]/g, "?");

type Run = { text: string; redacted: boolean };

/** A line of the page's text cut into plain and redacted runs, by character offsets. */
function runsOf(line: string, lineStart: number, spans: RedactionSpan[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < line.length; i += 1) {
    const at = lineStart + i;
    const redacted = spans.some((s) => at >= s.start && at < s.end);
    const last = runs.at(-1);
    if (last && last.redacted === redacted) last.text += line[i];
    else runs.push({ text: line[i]!, redacted });
  }
  return runs;
}

class Writer {
  private page!: PDFPage;
  private x = PAGE.margin;
  private y = 0;
  constructor(
    private readonly pdf: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.newPage();
  }
  newPage() {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.x = PAGE.margin;
    this.y = PAGE.height - PAGE.margin;
  }
  newLine() {
    this.x = PAGE.margin;
    this.y -= LEADING;
    if (this.y < PAGE.margin) this.newPage();
  }
  /** A word of text, or a black box as wide as the text it replaces (and no text under it). */
  put(word: string, redacted: boolean) {
    const width = this.font.widthOfTextAtSize(winAnsi(word), SIZE);
    if (this.x + width > PAGE.width - PAGE.margin && this.x > PAGE.margin) this.newLine();
    if (redacted) this.page.drawRectangle({ x: this.x, y: this.y - 2, width: Math.max(width, 6), height: SIZE + 2, color: rgb(0, 0, 0) });
    else this.page.drawText(winAnsi(word), { x: this.x, y: this.y, size: SIZE, font: this.font, color: rgb(0.1, 0.1, 0.1) });
    this.x += width;
  }
}

/**
 * A new PDF rebuilt from the extracted text, one source page per output page (or more, when the
 * text runs long), with approved spans drawn as black boxes. The redacted strings are never
 * written, so no text layer, copy-paste or extraction can recover them. The layout is lost: this
 * is redactPdf's fallback for pages that cannot be rendered.
 */
export async function buildRedactedTextPdf(pages: { page: number; text: string }[], spans: RedactionSpan[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const writer = new Writer(pdf, font);
  pages.forEach((source, index) => {
    if (index > 0) writer.newPage();
    const onPage = spans.filter((s) => s.page === source.page);
    let offset = 0;
    for (const line of source.text.split("\n")) {
      for (const run of runsOf(line, offset, onPage)) {
        if (run.redacted) writer.put(run.text, true);
        else for (const word of run.text.split(/(?<=\s)/)) writer.put(word, false);
      }
      writer.newLine();
      offset += line.length + 1;
    }
  });
  return pdf.save();
}
