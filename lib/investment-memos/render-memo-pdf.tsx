import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { findMarkerPages } from "./find-marker-pages";
import { contentBottom, type FootnotePages, MAX_FOOTNOTE_LINES, sameFootnotePages } from "./memo-footnotes";
import { MemoPdfDocument, type MemoPdfInput } from "./memo-pdf-document";
import { citedMarkers } from "./memo-sections";

/**
 * Passes that size the footnote room to the busiest page. Should they not settle (the room grew
 * each time), every page then keeps room for every source the memo cites: the room is fixed from
 * there, so the next pass finds the footnotes it drew and the memo is done in at most five renders.
 */
const SIZING_PASSES = 3;

/**
 * The memo as a PDF (see MemoPdfDocument), each page's [n] markers footnoted at its foot.
 *
 * Which marker lands on which page is known only once the memo is laid out, so it is rendered
 * more than once: each pass keeps the same room for footnotes on every page (as many lines as the
 * busiest page of the pass before needed), draws in that room the footnotes the pass before found,
 * and reads back where the markers printed. The footnotes sit in the page's bottom padding, so
 * drawing them moves no text: when the room did not grow, the pages are the pass before's, and
 * the footnotes drawn are the ones found. The room only grows, so the passes end; a memo citing
 * nothing is rendered once, with no footnote room at all.
 */
export async function renderMemoPdf(input: MemoPdfInput): Promise<Buffer> {
  const cited = new Set(citedMarkers(input.content));
  let lines = cited.size > 0 ? 1 : 0;
  let footnotes: FootnotePages = new Map();
  for (let pass = 1; ; pass += 1) {
    const pdf = await renderToBuffer(<MemoPdfDocument input={input} footnoteLines={lines} footnotes={footnotes} />);
    if (cited.size === 0) return pdf;
    const found = await findMarkerPages(pdf, contentBottom(lines), cited);
    if (sameFootnotePages(found, footnotes)) return pdf;
    const busiest = Math.max(0, ...[...found.values()].map((numbers) => numbers.length));
    lines = Math.min(MAX_FOOTNOTE_LINES, pass >= SIZING_PASSES ? cited.size : Math.max(lines, busiest));
    footnotes = found;
  }
}
