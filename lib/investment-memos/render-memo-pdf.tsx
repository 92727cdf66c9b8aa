import "server-only";
import { Document, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { type MarkdownBlock, markdownBlocks } from "./markdown-blocks";
import { citedMarkers, type MemoSourceView } from "./memo-sections";

/** The PDF's built-in Helvetica speaks WinAnsi: other characters would print as garbage, so they print as "?". */
const winAnsi = (text: string) => text.replace(/[^\x20-\x7e\xa0-\xff\n“”‘’…–—•€™]/g, "?");

const styles = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 64, paddingHorizontal: 56, fontFamily: "Helvetica", fontSize: 10.5, color: "#1f2937" },
  title: { fontSize: 18, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  meta: { fontSize: 9, color: "#6b7280", marginBottom: 18 },
  h2: { fontSize: 13, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 11.5, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 4 },
  // lineHeight on the page is inherited by the page-number text, which react-pdf then lays out empty: it goes on the prose only.
  paragraph: { marginBottom: 6, lineHeight: 1.45 },
  item: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 16 },
  itemText: { flex: 1, lineHeight: 1.45 },
  code: { fontFamily: "Courier", fontSize: 9, backgroundColor: "#f3f4f6", padding: 6, marginBottom: 6 },
  sources: { marginTop: 18, borderTopWidth: 1, borderTopColor: "#d1d5db", paddingTop: 8 },
  source: { fontSize: 9, marginBottom: 4 },
  footerTitle: { position: "absolute", bottom: 28, left: 56, right: 160, fontSize: 8.5, color: "#6b7280" },
  footerPage: { position: "absolute", bottom: 28, left: 56, right: 56, fontSize: 8.5, color: "#6b7280", textAlign: "right" },
});

function Block({ block }: { block: MarkdownBlock }) {
  if (block.type === "heading") return <Text style={block.level <= 2 ? styles.h2 : styles.h3}>{winAnsi(block.text)}</Text>;
  if (block.type === "code") return <Text style={styles.code}>{winAnsi(block.text)}</Text>;
  if (block.type === "paragraph") return <Text style={styles.paragraph}>{winAnsi(block.text)}</Text>;
  return (
    <View style={{ marginBottom: 6 }}>
      {block.items.map((item, index) => (
        <View key={index} style={styles.item} wrap={false}>
          <Text style={styles.bullet}>{block.ordered ? `${index + 1}.` : "•"}</Text>
          <Text style={styles.itemText}>{winAnsi(item)}</Text>
        </View>
      ))}
    </View>
  );
}

export type MemoPdfInput = { title: string; projectName: string; orgName: string; updatedAt: Date; content: string; sources: MemoSourceView[] };

/**
 * The memo as a PDF: its title, its markdown drawn as headings, paragraphs and lists of plain text
 * (a tag is printed, never interpreted), the [n] markers as written, and at the end the numbered
 * sources it cites with each document's name, page and excerpt. Every page says "Page X of Y".
 */
export async function renderMemoPdf(input: MemoPdfInput): Promise<Buffer> {
  const cited = citedMarkers(input.content).sort((a, b) => a - b);
  const byNumber = new Map(input.sources.map((s) => [s.n, s]));
  const document = (
    <Document title={winAnsi(input.title)} author={winAnsi(input.orgName)} subject={winAnsi(`Investment memo: ${input.projectName}`)} creator="SCR Platform">
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{winAnsi(input.title)}</Text>
        <Text style={styles.meta}>{winAnsi(`${input.projectName} · ${input.orgName} · saved ${input.updatedAt.toISOString().slice(0, 10)}`)}</Text>
        {markdownBlocks(input.content).map((block, index) => (
          <Block key={index} block={block} />
        ))}
        <View style={styles.sources}>
          <Text style={styles.h2}>Sources</Text>
          {cited.length === 0 ? <Text style={styles.source}>This memo cites no source.</Text> : null}
          {cited.map((n) => {
            const source = byNumber.get(n);
            const text = source
              ? `[${n}] ${source.documentName ?? "A removed document"}${source.page ? `, page ${source.page}` : ""}${source.excerpt ? `: “${source.excerpt}”` : ""}`
              : `[${n}] Not one of this memo's sources.`;
            return (
              <Text key={n} style={styles.source}>
                {winAnsi(text)}
              </Text>
            );
          })}
        </View>
        <Text style={styles.footerTitle} fixed>
          {winAnsi(input.title.length > 80 ? `${input.title.slice(0, 79)}…` : input.title)}
        </Text>
        <Text style={styles.footerPage} render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} fixed />
      </Page>
    </Document>
  );
  return renderToBuffer(document);
}
