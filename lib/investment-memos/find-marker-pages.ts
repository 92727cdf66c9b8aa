import { loadPdfjs } from "@/lib/dataroom/extraction/load-pdfjs";
import type { FootnotePages } from "./memo-footnotes";
import { citedMarkers } from "./memo-sections";

/**
 * The [n] markers each page of a rendered memo prints, read back from the PDF's text. Only text
 * above `contentBottom` (points from the page's foot) counts, so the running title and the
 * footnotes themselves are not read as markers; only numbers in `cited` (what the memo's markdown
 * cites) count, so the footnotes and the Sources list agree.
 *
 * Why read the PDF rather than a render callback on each marker: react-pdf splits a paragraph
 * across pages by its lines but keeps all its inline children on both parts, so a marker's
 * callback fires on both pages of a split paragraph. The printed text says where it really is.
 */
export async function findMarkerPages(pdf: Uint8Array, contentBottom: number, cited: ReadonlySet<number>): Promise<FootnotePages> {
  const { getDocument } = await loadPdfjs();
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages = new Map<number, number[]>();
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      // transform[5] is the baseline's height above the page's foot.
      const text = content.items.map((item) => ("str" in item && item.transform[5] >= contentBottom ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
      const numbers = citedMarkers(text)
        .filter((n) => cited.has(n))
        .sort((a, b) => a - b);
      if (numbers.length > 0) pages.set(number, numbers);
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
