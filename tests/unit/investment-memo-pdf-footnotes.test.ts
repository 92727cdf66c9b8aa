import { describe, expect, it } from "vitest";
import { loadPdfjs } from "@/lib/dataroom/extraction/load-pdfjs";
import { citedMarkers, MEMO_SECTIONS, type MemoSourceView } from "@/lib/investment-memos/memo-sections";
import { renderMemoPdf } from "@/lib/investment-memos/render-memo-pdf";

type Footnote = { n: number; text: string; y: number };
type PdfPage = { body: string; bodyBottom: number; footnotes: Footnote[]; rules: number };

const FOOTNOTE_SIZE = 7.5;

/**
 * Each page as pdfjs reads it: the body (text of 9 pt and more: prose, headings, the Sources
 * list; not the running footer), the footnotes (the 7.5 pt rows: a number, then its text), and
 * how many vector paths the page draws (the footnote rule, the Sources rule).
 */
async function readPages(pdf: Buffer): Promise<PdfPage[]> {
  const { getDocument, OPS } = await loadPdfjs();
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const items = (await page.getTextContent()).items.flatMap((item) =>
      "str" in item && item.str.trim() ? [{ str: item.str, size: item.transform[0], y: item.transform[5] }] : [],
    );
    const body = items.filter((item) => item.size >= 9);
    const rows = new Map<number, string[]>();
    for (const item of items.filter((i) => Math.abs(i.size - FOOTNOTE_SIZE) < 0.01)) rows.set(item.y, [...(rows.get(item.y) ?? []), item.str]);
    const footnotes = [...rows].map(([y, [n, ...text]]) => ({ n: Number(n), text: text.join(" "), y }));
    const operators = await page.getOperatorList();
    pages.push({
      body: body.map((i) => i.str).join(" "),
      bodyBottom: Math.min(...body.map((i) => i.y)),
      footnotes,
      rules: operators.fnArray.filter((op) => op === OPS.constructPath).length,
    });
  }
  await document.destroy();
  return pages;
}

const NAMES = ["Offtake Summary.pdf", "Grid Connection.pdf", "Financial Model.xlsx", "ESIA Report.pdf", "Land Lease Agreement.pdf", "Board Minutes.pdf"];
const SOURCES: MemoSourceView[] = NAMES.map((documentName, i) => ({
  n: i + 1,
  documentName,
  page: i + 2,
  excerpt: i === 5 ? null : `Excerpt ${i + 1}: the power purchase agreement with Kenya Power was signed on 3 March 2026 for a term of 20 years at USD 0.0745/kWh.`,
  href: null,
}));

const sentence = (i: number) =>
  `Point ${i} weighs the project's revenue, its offtake and its grid connection against the construction risk, the contractor's record and the lender's view of the schedule.`;

/** Seven sections of long paragraphs; markers single and grouped ([2, 5]), in lists too, each source cited in several sections. */
function longMemo(): string {
  return MEMO_SECTIONS.map((section, s) => {
    const paragraphs = [0, 1, 2, 3].map((k) => {
      const marker = k === 3 ? `[${(s % 5) + 1}, ${(s % 5) + 2}]` : `[${((s + k) % 6) + 1}]`;
      return `${sentence(s * 4 + k)} ${sentence(s * 4 + k + 100)} ${marker} ${sentence(s * 4 + k + 200)}`;
    });
    return `## ${section.heading}\n\n${paragraphs.join("\n\n")}\n\n- A list item citing [${(s % 6) + 1}]\n- One citing nothing`;
  }).join("\n\n");
}

const input = (content: string, sources = SOURCES) => ({
  title: "Investment memo: Turkana Solar Park",
  projectName: "Turkana Solar Park",
  orgName: "Northwind Capital",
  updatedAt: new Date("2026-05-04T10:00:00Z"),
  content,
  sources,
});

describe("renderMemoPdf footnotes", () => {
  it("footnotes every page's markers at the foot of that page, again on each page that cites a source, and keeps the Sources list", async () => {
    const pages = await readPages(await renderMemoPdf(input(longMemo())));
    expect(pages.length).toBeGreaterThanOrEqual(3);

    const pagesFootnoting = new Map<number, number>();
    for (const [index, page] of pages.entries()) {
      const markers = [...new Set(citedMarkers(page.body))].sort((a, b) => a - b);
      // Every marker on the page is explained there, and nothing else is.
      expect(
        page.footnotes.map((f) => f.n),
        `page ${index + 1}`,
      ).toEqual(markers);
      for (const footnote of page.footnotes) {
        const source = SOURCES[footnote.n - 1];
        expect(footnote.text.startsWith(`${source.documentName}, p. ${source.page}`)).toBe(true);
        if (source.excerpt) expect(footnote.text).toMatch(new RegExp(`: “Excerpt ${footnote.n}: the power purchase agreement .*…”$`));
        else expect(footnote.text).toBe(`${source.documentName}, p. ${source.page}`);
        expect(footnote.y).toBeLessThan(page.bodyBottom);
        pagesFootnoting.set(footnote.n, (pagesFootnoting.get(footnote.n) ?? 0) + 1);
      }
      // A page with footnotes draws their rule (the memo has no other line before the Sources list).
      if (page.footnotes.length > 0) expect(page.rules).toBeGreaterThan(0);
    }
    // The case a marker's render callback gets wrong: a paragraph broken across pages, its marker
    // on the later page (the text before the page's first "Point" is the paragraph's tail).
    const openingMarkers = pages.slice(1).flatMap((page, index) => citedMarkers(page.body.split("Point")[0]).map((n) => ({ n, before: pages[index] })));
    expect(openingMarkers.some(({ n, before }) => !citedMarkers(before.body).includes(n) && !before.footnotes.some((f) => f.n === n))).toBe(true);
    expect(Math.max(...pagesFootnoting.values())).toBeGreaterThanOrEqual(2);
    expect([...pagesFootnoting.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);

    const last = pages.at(-1)!;
    expect(last.body).toContain("Sources");
    expect(last.body).toContain("Offtake Summary.pdf, page 2: “Excerpt 1: the power purchase agreement with Kenya Power was signed on 3 March 2026");
    expect(last.body).toContain("Board Minutes.pdf, page 7");
  });

  it("keeps a footnote to one line, cutting a long name with an ellipsis, and footnotes a marker that is not a source as such", async () => {
    const long = { ...SOURCES[0], documentName: `${"Very long document name ".repeat(12)}.pdf` };
    const pages = await readPages(await renderMemoPdf(input(`## Executive summary\n\nThe tariff is indexed [1]. The lease is signed [9].`, [long])));
    expect(pages).toHaveLength(1);
    expect(pages[0].footnotes.map((f) => f.n)).toEqual([1, 9]);
    const [first, missing] = pages[0].footnotes;
    expect(first.text).toMatch(/^Very long document name Very long .*…$/);
    expect(first.text).not.toContain("p. 2");
    expect(missing.text).toBe("Not one of this memo's sources.");
    expect(first.y - missing.y).toBeCloseTo(10, 1);
  });

  it("draws no footnote area in a memo that cites nothing: no footnote and no rule on any page", async () => {
    const content = MEMO_SECTIONS.map((s, i) => `## ${s.heading}\n\n${[0, 1, 2, 3].map((k) => `${sentence(i * 4 + k)} ${sentence(i * 4 + k + 100)}`).join("\n\n")}`).join(
      "\n\n",
    );
    const pages = await readPages(await renderMemoPdf(input(content, [])));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page.footnotes).toEqual([]);
    // No footnote rule: the pages before the Sources list (whose own rule is on the last page) draw no line at all.
    expect(pages.slice(0, -1).map((p) => p.rules)).toEqual(pages.slice(1).map(() => 0));
    expect(pages.at(-1)!.body).toContain("This memo cites no source.");
  });
});
