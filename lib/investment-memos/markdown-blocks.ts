/** A memo's markdown as the PDF draws it: headings, paragraphs and lists of plain text. */
export type MarkdownBlock =
  | { type: "heading"; level: number; text: string }
  | { type: "paragraph"; text: string }
  | { type: "list"; ordered: boolean; items: string[] }
  | { type: "code"; text: string };

/** Inline markdown as plain text: emphasis marks dropped, a link as "text (url)", HTML left as the text it is. */
export function plainInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (_m, label: string, url: string) => (url ? `${label} (${url})` : label))
    .replace(/(\*\*|__|~~)(.+?)\1/g, "$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1");
}

/**
 * A small block parser, enough for memos: ATX headings, paragraphs (lines joined), bullet and
 * numbered lists, fenced code and quotes (as paragraphs), table rows (cells joined). Nothing is
 * interpreted as HTML: a tag is text.
 */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let fence: string[] | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", text: plainInline(paragraph.join(" ")) });
    if (list) blocks.push({ type: "list", ordered: list.ordered, items: list.items.map(plainInline) });
    paragraph = [];
    list = null;
  };
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      if (fence) {
        blocks.push({ type: "code", text: fence.join("\n") });
        fence = null;
      } else {
        flush();
        fence = [];
      }
      continue;
    }
    if (fence) {
      fence.push(line);
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^\s*([-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (!line.trim() || /^\s*(?:[-*_]\s*){3,}$/.test(line) || /^\s*\|?\s*:?-{3,}[-|:\s]*$/.test(line)) flush();
    else if (heading) {
      flush();
      blocks.push({ type: "heading", level: heading[1].length, text: plainInline(heading[2]) });
    } else if (item) {
      const ordered = /\d/.test(item[1]);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[2]);
    } else if (list && /^\s{2,}\S/.test(line)) list.items[list.items.length - 1] += ` ${line.trim()}`;
    else {
      if (list) flush();
      paragraph.push(
        line
          .replace(/^\s*(?:>\s*)+/, "")
          .replace(/^\s*\||\|\s*$/g, "")
          .replace(/\s*\|\s*/g, "  ")
          .trim(),
      );
    }
  }
  if (fence) blocks.push({ type: "code", text: fence.join("\n") });
  flush();
  return blocks;
}
