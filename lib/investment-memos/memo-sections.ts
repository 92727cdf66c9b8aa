/**
 * The shape of an investment memo, zod-free so the editor (a client component), the PDF and the
 * seed share it. A memo is markdown in seven sections, each a "## heading"; the stored `sections`
 * jsonb is the same text cut at those headings.
 */
export const MEMO_SECTIONS = [
  { key: "executive_summary", heading: "Executive summary" },
  { key: "project", heading: "Project" },
  { key: "market", heading: "Market" },
  { key: "financials", heading: "Financials" },
  { key: "risks", heading: "Risks and mitigants" },
  { key: "esg", heading: "ESG" },
  { key: "recommendation", heading: "Recommendation" },
] as const;

export type MemoSectionKey = (typeof MEMO_SECTIONS)[number]["key"];
export const MEMO_SECTION_KEYS = MEMO_SECTIONS.map((s) => s.key) as [MemoSectionKey, ...MemoSectionKey[]];

/** What `investment_memos.sections` holds: a key (one of MEMO_SECTIONS, or one made from a heading a person wrote), its heading and its markdown. */
export type MemoSection = { key: string; heading: string; markdown: string };

/** Limits the editor shows and the save schema enforces. */
export const MEMO_CONTENT_MAX_LENGTH = 200_000;
export const MEMO_TITLE_MAX_LENGTH = 500;
export const MEMO_SUMMARY_MAX_LENGTH = 1_000;

/** A numbered source of the memo, as the editor, the preview and the PDF receive it. */
export type MemoSourceView = { n: number; documentName: string | null; page: number | null; excerpt: string | null; href: string | null };

export function sectionsToMarkdown(sections: readonly MemoSection[]): string {
  return sections.map((s) => `## ${s.heading}\n\n${s.markdown.trim()}`).join("\n\n");
}

const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60) || "section";

/**
 * The memo's markdown cut at its "## " headings. A heading that names one of the seven sections
 * keeps its key; any other gets one made from its words. Text before the first heading is a
 * section of its own ("preamble"), so nothing a person typed is dropped.
 */
export function markdownToSections(markdown: string): MemoSection[] {
  const sections: MemoSection[] = [];
  let current: MemoSection | null = null;
  const preamble: string[] = [];
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const known = MEMO_SECTIONS.find((s) => s.heading.toLowerCase() === heading[1].toLowerCase());
      current = { key: known?.key ?? slug(heading[1]), heading: heading[1], markdown: "" };
      sections.push(current);
    } else if (current) current.markdown += `${line}\n`;
    else preamble.push(line);
  }
  const before = preamble.join("\n").trim();
  const all = before ? [{ key: "preamble", heading: "", markdown: before }, ...sections] : sections;
  return all.map((s) => ({ ...s, markdown: s.markdown.trim() }));
}

/** The first paragraph of the executive summary (or of the memo), as plain text, for lists. */
export function memoSummary(sections: readonly MemoSection[]): string | null {
  const first = sections.find((s) => s.key === "executive_summary") ?? sections[0];
  const paragraph = first?.markdown.split(/\n\s*\n/).find((p) => p.trim()) ?? "";
  const plain = paragraph
    .replace(/[*_`#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!plain) return null;
  return plain.length > MEMO_SUMMARY_MAX_LENGTH ? `${plain.slice(0, MEMO_SUMMARY_MAX_LENGTH - 1).trimEnd()}…` : plain;
}

/** The [n] numbers a text cites, in order of first appearance. */
export function citedMarkers(text: string): number[] {
  const found = [...text.matchAll(/\[(\d{1,4}(?:\s*,\s*\d{1,4})*)\](?!\()/g)].flatMap((m) => m[1].split(",").map((n) => Number(n.trim())));
  return [...new Set(found)];
}
