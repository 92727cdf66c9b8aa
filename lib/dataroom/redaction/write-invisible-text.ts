import {
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setCharacterSqueeze,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  TextRenderingMode,
  type PDFFont,
  type PDFPage,
} from "pdf-lib";
import type { keptTextRuns, MeasureText } from "./map-redaction-boxes";

/**
 * Helvetica speaks WinAnsi only: a character it cannot encode becomes "?", and control characters
 * (which the extraction drops anyway) go.
 */
export function winAnsiText(font: PDFFont): (text: string) => string {
  const supported = new Set(font.getCharacterSet());
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return (text) => Array.from(text.replace(/[\u0000-\u001f\u007f]/g, ""), (char) => (supported.has(char.codePointAt(0)!) ? char : "?")).join("");
}

/** A string's advance in Helvetica, in ems: the estimate of how an item's width splits among its characters. */
export function helveticaAdvance(font: PDFFont): MeasureText {
  const encode = winAnsiText(font);
  return (text) => font.widthOfTextAtSize(encode(text), 1);
}

/**
 * The kept text as an invisible layer (rendering mode 3) over the page image, each run where it
 * stood and stretched to the width it had, so search, copy and the extraction of the redacted copy
 * still find it. `origin` is the source page's lower-left corner, the new page's (0, 0).
 */
export function writeInvisibleText(page: PDFPage, font: PDFFont, runs: ReturnType<typeof keptTextRuns>, origin: [number, number]) {
  const encode = winAnsiText(font);
  const fontKey = page.node.newFontDictionary(font.name, font.ref);
  const operators = [pushGraphicsState(), beginText(), setFontAndSize(fontKey, 1), setTextRenderingMode(TextRenderingMode.Invisible)];
  for (const run of runs) {
    const text = encode(run.text);
    const natural = font.widthOfTextAtSize(text, 1);
    if (natural <= 0 || run.advance <= 0) continue;
    const [a, b, c, d, e, f] = run.matrix;
    operators.push(setTextMatrix(a, b, c, d, e - origin[0], f - origin[1]), setCharacterSqueeze((100 * run.advance) / natural), showText(font.encodeText(text)));
  }
  operators.push(endText(), popGraphicsState());
  page.pushOperators(...operators);
}
