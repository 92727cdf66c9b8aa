import "server-only";
import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { type MarkdownBlock, markdownBlocks } from "./markdown-blocks";
import {
  contentBottom,
  type FootnotePages,
  FOOTNOTES_BOTTOM,
  FOOTNOTE_LINE_HEIGHT,
  FOOTNOTE_RULE_HEIGHT,
  footnoteText,
  keepMarkersWhole,
  sourceText,
} from "./memo-footnotes";
import { citedMarkers, type MemoSourceView } from "./memo-sections";

/** The PDF's built-in Helvetica speaks WinAnsi: other characters would print as garbage, so they print as "?". */
const winAnsi = (text: string) => text.replace(/[^\x20-\x7e\xa0-\xff\n“”‘’…–—•€™]/g, "?");
const prose = (text: string) => winAnsi(keepMarkersWhole(text));

const BODY_SIZE = 10.5;

const styles = StyleSheet.create({
  page: { paddingTop: 48, paddingHorizontal: 56, fontFamily: "Helvetica", fontSize: BODY_SIZE, color: "#1f2937" },
  title: { fontSize: 18, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  meta: { fontSize: 9, color: "#6b7280", marginBottom: 18 },
  h2: { fontSize: 13, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 11.5, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 4 },
  // lineHeight on the page is inherited by the page-number text, which react-pdf then lays out empty: it goes on the prose only.
  // A unitless lineHeight is multiplied by the fontSize of its own style (react-pdf's 18 when that has none, an inherited
  // size does not count), so each style with one names its size.
  paragraph: { fontSize: BODY_SIZE, lineHeight: 1.45, marginBottom: 6 },
  item: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 16, fontSize: BODY_SIZE, lineHeight: 1.45 },
  itemText: { flex: 1, fontSize: BODY_SIZE, lineHeight: 1.45 },
  code: { fontFamily: "Courier", fontSize: 9, backgroundColor: "#f3f4f6", padding: 6, marginBottom: 6 },
  sources: { marginTop: 18, borderTopWidth: 1, borderTopColor: "#d1d5db", paddingTop: 8 },
  source: { flexDirection: "row", marginBottom: 4, fontSize: 9 },
  sourceNumber: { width: 18, fontSize: 9, lineHeight: 1.3 },
  sourceText: { flex: 1, fontSize: 9, lineHeight: 1.3 },
  footnotes: { position: "absolute", left: 56, right: 56, bottom: FOOTNOTES_BOTTOM },
  footnoteRule: { width: 110, borderTopWidth: 0.5, borderTopColor: "#9ca3af", marginBottom: FOOTNOTE_RULE_HEIGHT - 0.5 },
  footnote: { flexDirection: "row", height: FOOTNOTE_LINE_HEIGHT, fontSize: 7.5, color: "#4b5563" },
  footnoteNumber: { width: 14, fontFamily: "Helvetica-Bold", color: "#374151" },
  footnoteText: { flex: 1, maxLines: 1, textOverflow: "ellipsis" },
  footerTitle: { position: "absolute", bottom: 28, left: 56, right: 160, fontSize: 8.5, color: "#6b7280" },
  footerPage: { position: "absolute", bottom: 28, left: 56, right: 56, fontSize: 8.5, color: "#6b7280", textAlign: "right" },
});

function Block({ block }: { block: MarkdownBlock }) {
  if (block.type === "heading") return <Text style={block.level <= 2 ? styles.h2 : styles.h3}>{prose(block.text)}</Text>;
  if (block.type === "code") return <Text style={styles.code}>{winAnsi(block.text)}</Text>;
  if (block.type === "paragraph") return <Text style={styles.paragraph}>{prose(block.text)}</Text>;
  return (
    <View style={{ marginBottom: 6 }}>
      {block.items.map((item, index) => (
        <View key={index} style={styles.item} wrap={false}>
          <Text style={styles.bullet}>{block.ordered ? `${index + 1}.` : "•"}</Text>
          <Text style={styles.itemText}>{prose(item)}</Text>
        </View>
      ))}
    </View>
  );
}

function Footnote({ n, text }: { n: string; text: string }) {
  return (
    <View style={styles.footnote}>
      <Text style={styles.footnoteNumber}>{n}</Text>
      <Text style={styles.footnoteText}>{winAnsi(text)}</Text>
    </View>
  );
}

/**
 * A page's footnotes: every number cited on it, even one already footnoted on an earlier page.
 * Repeating is cleaner than "see p. 2": a footnote is one line, and a page read on its own (a page
 * pulled into an IC pack, a screen showing one page) still names its sources.
 */
function PageFootnotes({ numbers, lines, sources }: { numbers: readonly number[]; lines: number; sources: ReadonlyMap<number, MemoSourceView> }) {
  const shown = numbers.length > lines ? numbers.slice(0, lines - 1) : numbers;
  return (
    <>
      <View style={styles.footnoteRule} />
      {shown.map((n) => (
        <Footnote key={n} n={String(n)} text={footnoteText(sources.get(n))} />
      ))}
      {shown.length < numbers.length ? <Footnote n="" text={`${numbers.length - shown.length} more cited on this page: see Sources at the end.`} /> : null}
    </>
  );
}

export type MemoPdfInput = { title: string; projectName: string; orgName: string; updatedAt: Date; content: string; sources: MemoSourceView[] };

/**
 * The memo as a PDF document: its title, its markdown drawn as headings, paragraphs and lists of
 * plain text (a tag is printed, never interpreted), the [n] markers as written, each page's
 * markers footnoted at its foot (`footnotes`, read back from an earlier pass), and at the end the
 * numbered sources with each document's name, page and whole excerpt. Every page keeps room for
 * `footnoteLines` footnotes, so drawing them moves no text; every page says "Page X of Y".
 */
export function MemoPdfDocument({ input, footnoteLines, footnotes }: { input: MemoPdfInput; footnoteLines: number; footnotes: FootnotePages }) {
  const sources = new Map(input.sources.map((s) => [s.n, s]));
  const listed = citedMarkers(input.content).sort((a, b) => a - b);
  return (
    <Document title={winAnsi(input.title)} author={winAnsi(input.orgName)} subject={winAnsi(`Investment memo: ${input.projectName}`)} creator="SCR Platform">
      <Page size="A4" style={[styles.page, { paddingBottom: contentBottom(footnoteLines) }]}>
        <Text style={styles.title}>{winAnsi(input.title)}</Text>
        <Text style={styles.meta}>{winAnsi(`${input.projectName} · ${input.orgName} · saved ${input.updatedAt.toISOString().slice(0, 10)}`)}</Text>
        {markdownBlocks(input.content).map((block, index) => (
          <Block key={index} block={block} />
        ))}
        <View style={styles.sources}>
          <Text style={styles.h2}>Sources</Text>
          {listed.length === 0 ? <Text style={styles.source}>This memo cites no source.</Text> : null}
          {listed.map((n) => (
            <View key={n} style={styles.source} wrap={false}>
              <Text style={styles.sourceNumber}>{n}</Text>
              <Text style={styles.sourceText}>{winAnsi(sourceText(sources.get(n)))}</Text>
            </View>
          ))}
        </View>
        {footnotes.size > 0 ? (
          <View
            style={styles.footnotes}
            fixed
            render={({ pageNumber }) => {
              const numbers = footnotes.get(pageNumber);
              return numbers ? <PageFootnotes numbers={numbers} lines={footnoteLines} sources={sources} /> : null;
            }}
          />
        ) : null}
        <Text style={styles.footerTitle} fixed>
          {winAnsi(input.title.length > 80 ? `${input.title.slice(0, 79)}…` : input.title)}
        </Text>
        <Text style={styles.footerPage} render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} fixed />
      </Page>
    </Document>
  );
}
